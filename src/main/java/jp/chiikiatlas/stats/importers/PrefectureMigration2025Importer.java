package jp.chiikiatlas.stats.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.importers.support.CellValue;
import jp.chiikiatlas.stats.importers.support.ExcelFile;
import jp.chiikiatlas.stats.FileDigest;
import jp.chiikiatlas.stats.importers.support.Licences;
import jp.chiikiatlas.stats.importers.support.MarkerLegend;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.RegionNames;
import jp.chiikiatlas.stats.importers.support.SheetCells;
import jp.chiikiatlas.stats.importers.support.SinkWriter;
import jp.chiikiatlas.stats.ValueStatus;

/**
 * 都道府県別社会増減数（2025年） ({@code FY2025-migration_prefecture.xlsx}): one row per prefecture name
 * (and 全国), columns found by their (multi-row) header text: 転入者数（国内）, 転出者数（国内）, 国外からの
 * 転入者数, 国外への転出者数, 移動前の住所地不詳, 職権消除等, 社会増加数, and (参考) the previous year's 社会増加数.
 * Period: the calendar year in the title.
 */
public final class PrefectureMigration2025Importer implements StatisticsImporter {
    public static final String ID = "migration-prefecture-2025";

    private static final MarkerLegend LEGEND = MarkerLegend.none().with("-", ValueStatus.NOT_AVAILABLE);

    @Override
    public String id() {
        return ID;
    }

    /** What a header text means: indicator, dimensions, and whether it is the previous-year reference column. */
    private record Meaning(String indicator, Map<String, String> dims, boolean reference) {
    }

    private record Column(int index, String header, Meaning meaning, int period) {
    }

    private static Optional<Meaning> meaningOf(String h) {
        boolean reference = h.contains("参考");
        if (h.contains("社会増加数")) {
            return Optional.of(new Meaning("pref_social_change", Map.of(), reference));
        }
        if (reference) {
            return Optional.empty();
        }
        if (h.contains("国外から")) {
            return Optional.of(new Meaning("pref_moves_in", Map.of("scope", "abroad"), false));
        }
        if (h.contains("国外へ")) {
            return Optional.of(new Meaning("pref_moves_out", Map.of("scope", "abroad"), false));
        }
        if (h.contains("転入者数") && h.contains("国内")) {
            return Optional.of(new Meaning("pref_moves_in", Map.of("scope", "domestic"), false));
        }
        if (h.contains("転出者数") && h.contains("国内")) {
            return Optional.of(new Meaning("pref_moves_out", Map.of("scope", "domestic"), false));
        }
        if (h.contains("住所地不詳")) {
            return Optional.of(new Meaning("pref_moves_in_origin_unknown", Map.of(), false));
        }
        if (h.contains("職権消除")) {
            return Optional.of(new Meaning("pref_removals_ex_officio", Map.of(), false));
        }
        return Optional.empty();
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        ImportReport report = new ImportReport(file.getFileName().toString());
        try (ExcelFile excel = ExcelFile.open(file)) {
            SheetCells sheet = excel.sheet("社会増減数", true);
            int[] nameAndFirstRow = findFirstDataRow(sheet);
            int nameColumn = nameAndFirstRow[0];
            int firstData = nameAndFirstRow[1];
            int headerTop = findHeaderTop(sheet, firstData);
            int year = findTitleYear(sheet, headerTop).orElseThrow(() -> new DataFormatException(sheet.where(0, 0)
                    + ": expected a title with the year, e.g. 都道府県別社会増減数（2025年）"));

            List<Column> columns = new ArrayList<>();
            int last = sheet.lastColumn(headerTop);
            for (int r = headerTop; r < firstData; r++) {
                last = Math.max(last, sheet.lastColumn(r));
            }
            for (int c = nameColumn + 1; c <= last; c++) {
                StringBuilder h = new StringBuilder();
                for (int r = headerTop; r < firstData; r++) {
                    h.append(sheet.text(r, c));
                }
                String header = h.toString();
                if (header.isEmpty()) {
                    continue;
                }
                int col = c;
                Optional<Meaning> meaning = meaningOf(header);
                if (meaning.isEmpty()) {
                    report.note(sheet.where(headerTop, c) + ": column '" + header + "' not recognised; not imported");
                    continue;
                }
                int period = meaning.get().reference()
                        ? Numbers.year(header).orElseThrow(() -> new DataFormatException(sheet.where(headerTop, col)
                        + ": expected the year of the reference column, found '" + header + "'"))
                        : year;
                for (Column other : columns) {
                    if (other.meaning().indicator().equals(meaning.get().indicator()) && other.period() == period
                            && other.meaning().dims().equals(meaning.get().dims())) {
                        throw new DataFormatException(sheet.where(headerTop, c) + ": header '" + header + "' means the same "
                                + "as column " + (other.index() + 1) + " '" + other.header() + "'; expected one column each");
                    }
                }
                columns.add(new Column(c, header, meaning.get(), period));
            }
            for (String required : List.of("pref_moves_in", "pref_moves_out", "pref_social_change")) {
                if (columns.stream().noneMatch(c -> c.meaning().indicator().equals(required) && !c.meaning().reference())) {
                    throw new DataFormatException(sheet.where(headerTop, nameColumn + 1) + ": expected header columns "
                            + "転入者数（国内）, 転出者数（国内） and 社会増加数 in rows " + (headerTop + 1) + "–" + firstData
                            + "; the header moved or this is another table");
                }
            }

            SinkWriter out = new SinkWriter(sink, report);
            out.dataset(new Dataset("migration-prefecture-" + year, "都道府県別社会増減数（" + year + "年）",
                    "Social change of population by prefecture, " + year, "総務省",
                    "住民基本台帳に基づく人口、人口動態及び世帯数", sheet.text(0, nameColumn).isEmpty()
                    ? "都道府県別社会増減数" : sheet.text(0, nameColumn), year + " (calendar year)",
                    Licences.GOVERNMENT_STANDARD, "出典：「住民基本台帳に基づく人口、人口動態及び世帯数」（総務省）",
                    excel.fileName(), FileDigest.sha256(file)));
            out.indicator(new Indicator("pref_moves_in", "転入者数（国内・国外）", "Moves in (scope=domestic|abroad)", "人",
                    List.of("scope")));
            out.indicator(new Indicator("pref_moves_out", "転出者数（国内・国外）", "Moves out (scope=domestic|abroad)", "人",
                    List.of("scope")));
            out.indicator(new Indicator("pref_moves_in_origin_unknown", "移動前の住所地不詳",
                    "Moves in with previous address unknown", "人", List.of()));
            out.indicator(new Indicator("pref_removals_ex_officio", "職権消除等", "Removals by the municipality (職権消除等)",
                    "人", List.of()));
            out.indicator(new Indicator("pref_social_change", "社会増加数（－は社会減少数）",
                    "Social change (table's own column)", "人", List.of()));

            for (int r = firstData; r <= sheet.lastRow(); r++) {
                String name = sheet.text(r, nameColumn);
                if (name.isEmpty() && rowBlank(sheet, r, columns)) {
                    continue;
                }
                report.rowRead();
                Optional<String> code = RegionNames.japanOrPrefecture(name);
                if (code.isEmpty()) {
                    report.rejected(sheet.where(r, nameColumn) + ": '" + name + "' is not 全国 or a prefecture; row not imported");
                    continue;
                }
                for (Column c : columns) {
                    CellValue v = sheet.number(r, c.index(), LEGEND, "a number of persons for " + c.header());
                    out.observation(c.meaning().indicator(), code.get(), c.period(), c.meaning().dims(), v);
                }
            }
        }
        return report;
    }

    private static boolean rowBlank(SheetCells sheet, int row, List<Column> columns) {
        return columns.stream().allMatch(c -> sheet.isBlank(row, c.index()));
    }

    /** The column holding 全国 / 北海道 and the first row where it does. */
    private static int[] findFirstDataRow(SheetCells sheet) throws DataFormatException {
        for (int r = 0; r <= Math.min(sheet.lastRow(), 40); r++) {
            for (int c = 0; c <= 4; c++) {
                if (RegionNames.japanOrPrefecture(sheet.text(r, c)).isPresent()) {
                    return new int[] {c, r};
                }
            }
        }
        throw new DataFormatException(sheet.where(0, 0) + ": expected rows named 全国 / 北海道 … in the first columns "
                + "within 40 rows; this is not the prefecture social-change table");
    }

    /** The first header row: the topmost row above the data with a 転入 / 転出 heading. */
    private static int findHeaderTop(SheetCells sheet, int firstData) throws DataFormatException {
        for (int r = 0; r < firstData; r++) {
            for (int c = 0; c <= Math.max(0, sheet.lastColumn(r)); c++) {
                String t = sheet.text(r, c);
                if (t.contains("転入") || t.contains("転出")) {
                    return r;
                }
            }
        }
        throw new DataFormatException(sheet.where(firstData, 0) + ": expected header rows with 転入者数 / 転出者数 above "
                + "the first data row");
    }

    private static Optional<Integer> findTitleYear(SheetCells sheet, int headerTop) {
        for (int r = 0; r < headerTop; r++) {
            for (int c = 0; c <= Math.max(0, sheet.lastColumn(r)); c++) {
                Optional<Integer> y = Numbers.year(sheet.text(r, c));
                if (y.isPresent()) {
                    return y;
                }
            }
        }
        return Optional.empty();
    }
}
