package jp.chiikiatlas.stats.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.chiikiatlas.geo.Prefectures;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.importers.support.CellValue;
import jp.chiikiatlas.stats.importers.support.ExcelFile;
import jp.chiikiatlas.stats.FileDigest;
import jp.chiikiatlas.stats.importers.support.Licences;
import jp.chiikiatlas.stats.importers.support.MarkerLegend;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.RegionNames;
import jp.chiikiatlas.stats.importers.support.SheetCells;
import jp.chiikiatlas.stats.importers.support.SinkWriter;

/**
 * 県民経済計算 総括表 県内総生産（生産側、名目） ({@code total_gdp_*.xlsx}, sheet 実数): rows by 2-digit
 * prefecture code and name, then 全県計, regional blocks and 政令指定都市; one column per fiscal year;
 * million yen. Each edition is its own indicator: editions are revised to a new base year and their
 * overlapping years differ, so they must never be mixed in one series.
 */
public final class PrefectureGdpImporter implements StatisticsImporter {
    public static final String ID = "prefecture-gdp";

    /** "-": no figure (e.g. a city before it became a designated city). */
    private static final MarkerLegend LEGEND = MarkerLegend.none().with("-", ValueStatus.NOT_AVAILABLE)
            .with("…", ValueStatus.NOT_AVAILABLE);

    /**
     * The files print no base year. 内閣府 published FY2006–FY2018 on the 2011 base (平成23年基準,
     * 2008SNA) and FY2011–FY2020 on the 2015 base (平成27年基準; SSDSE-E-2024 labels its FY2019 figure
     * 平成27年基準 and it matches). An unknown span gets an id naming its years instead.
     */
    private record Edition(int first, int last, String baseYear, String baseJa) {
    }

    private static final List<Edition> KNOWN_EDITIONS = List.of(
            new Edition(2006, 2018, "2011", "平成23年基準"),
            new Edition(2011, 2020, "2015", "平成27年基準"));

    private static final List<String> REGIONAL_BLOCKS = List.of("北海道・東北", "関東", "中部", "近畿", "中国", "四国", "九州");

    @Override
    public String id() {
        return ID;
    }

    /** {@code headerRow}: the header row the year was read from (data start below the lowest one). */
    private record YearColumn(int column, int fiscalYear, int headerRow) {
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        ImportReport report = new ImportReport(file.getFileName().toString());
        try (ExcelFile excel = ExcelFile.open(file)) {
            SheetCells sheet = excel.sheet("実数", true);
            excel.sheetNames().stream().filter(n -> !n.equals(sheet.name())).forEach(n -> report.note("sheet '" + n
                    + "' not imported" + (n.equals("増加率") ? ": growth rates, derived from 実数" : "")));
            int headerRow = findHeaderRow(sheet);
            List<YearColumn> years = yearColumns(sheet, headerRow);
            checkTitleAndUnit(sheet, headerRow);
            int first = years.get(0).fiscalYear();
            int last = years.get(years.size() - 1).fiscalYear();
            Optional<Edition> edition = KNOWN_EDITIONS.stream().filter(e -> e.first() == first && e.last() == last).findFirst();
            String suffix = edition.map(e -> e.baseYear() + "base").orElse("fy" + first + "_" + last);
            String indicatorId = "gdp_nominal_" + suffix;
            String base = edition.map(e -> "（" + e.baseJa() + "）").orElse("（FY" + first + "–" + last + " 版）");
            if (edition.isEmpty()) {
                report.note("edition FY" + first + "–" + last + " is not a known one: base year unknown, indicator "
                        + indicatorId);
            }

            SinkWriter out = new SinkWriter(sink, report);
            out.dataset(new Dataset("prefecture-gdp-" + suffix.replace('_', '-'), "県民経済計算 県内総生産（生産側、名目）" + base,
                    "Prefectural accounts: gross prefectural product (production, nominal), FY" + first + "–" + last
                            + edition.map(e -> ", " + e.baseYear() + " base").orElse(""),
                    "内閣府", "県民経済計算", "総括表 １．県内総生産（生産側、名目） 実数（単位：100万円）",
                    "FY" + first + "–FY" + last + " (fiscal years)", Licences.GOVERNMENT_STANDARD,
                    "出典：内閣府「県民経済計算」", excel.fileName(), FileDigest.sha256(file)));
            out.indicator(new Indicator(indicatorId, "県内総生産（生産側、名目）" + base,
                    "Gross prefectural product, nominal" + edition.map(e -> " (" + e.baseYear() + " base)").orElse(""),
                    "百万円", List.of()));

            double[] prefectureSums = new double[years.size()];
            int firstData = years.stream().mapToInt(YearColumn::headerRow).max().orElse(headerRow) + 1;
            for (int r = firstData; r <= sheet.lastRow(); r++) {
                int row = r;
                if (years.stream().allMatch(y -> sheet.isBlank(row, y.column()))) {
                    String label = (sheet.text(r, 0) + " " + sheet.text(r, 1)).strip();
                    if (!label.isEmpty()) { // section headings (地域ブロック, 政令指定都市), footnotes
                        report.note(sheet.where(r, 0) + ": '" + label + "' has no figures; heading or note, not a data row");
                    }
                    continue;
                }
                report.rowRead();
                String code = sheet.text(r, 0);
                String name = sheet.text(r, 1);
                Optional<String> region = regionOf(code, name);
                if (name.equals("全県計") || REGIONAL_BLOCKS.contains(name)) {
                    report.aggregateSkipped();
                    if (name.equals("全県計")) {
                        checkSum(sheet, r, years, prefectureSums, report);
                    }
                    continue;
                }
                if (region.isEmpty()) {
                    report.rejected(sheet.where(r, 0) + ": '" + code + " " + name + "' is neither a prefecture (code and "
                            + "name agreeing) nor a designated city; row not imported");
                    continue;
                }
                for (int i = 0; i < years.size(); i++) {
                    YearColumn y = years.get(i);
                    CellValue v = sheet.number(r, y.column(), LEGEND, "gross product in million yen for FY" + y.fiscalYear());
                    if (v.isNumber() && RegionCode.isPrefecture(region.get())) {
                        prefectureSums[i] += v.value();
                    }
                    out.observation(indicatorId, region.get(), y.fiscalYear(), Map.of(), v);
                }
            }
        }
        return report;
    }

    /** A prefecture row needs code and name to agree (01 北海道); a city row has a 政令市 name and no code. */
    private static Optional<String> regionOf(String code, String name) {
        if (code.matches("\\d{1,2}")) {
            int n = Integer.parseInt(code);
            if (n >= 1 && n <= 47 && Prefectures.codeOf(name).equals(Optional.of(RegionCode.ofPrefecture(n)))) {
                return Optional.of(RegionCode.ofPrefecture(n));
            }
            return Optional.empty();
        }
        return RegionNames.designatedCity(name);
    }

    /** 全県計 is the sum of the prefectures: not stored (it is not 国内総生産), but checked. */
    private static void checkSum(SheetCells sheet, int row, List<YearColumn> years, double[] sums, ImportReport report)
            throws DataFormatException {
        for (int i = 0; i < years.size(); i++) {
            CellValue total = sheet.number(row, years.get(i).column(), LEGEND, "the 全県計 total");
            if (total.isNumber() && Math.abs(total.value() - sums[i]) > 0.5 * 47) {
                report.note(sheet.where(row, years.get(i).column()) + ": 全県計 " + total.value()
                        + " differs from the sum of the prefecture rows " + sums[i]);
            }
        }
    }

    private static int findHeaderRow(SheetCells sheet) throws DataFormatException {
        for (int r = 0; r <= Math.min(sheet.lastRow(), 20); r++) {
            if (sheet.text(r, 0).equals("都道府県")) {
                return r;
            }
        }
        throw new DataFormatException(sheet.where(0, 0) + ": expected a header row starting with '都道府県' in column A "
                + "within the first 20 rows; the header moved or this is another table");
    }

    /** Fiscal years from the header: a row of plain years (2011, 2012, …) or era labels (平成23年度). */
    private static List<YearColumn> yearColumns(SheetCells sheet, int headerRow) throws DataFormatException {
        List<YearColumn> years = new ArrayList<>();
        int last = Math.max(sheet.lastColumn(headerRow), sheet.lastColumn(headerRow + 1));
        for (int c = 1; c <= last; c++) {
            Optional<Integer> year = Optional.empty();
            int found = headerRow;
            for (int r = headerRow; r <= headerRow + 2 && year.isEmpty(); r++) {
                String t = sheet.text(r, c);
                year = t.matches("\\d{4}") ? Numbers.year(t) : Numbers.eraYear(t);
                found = r;
            }
            if (year.isPresent()) {
                // both rows (平成23年度 above 2011) belong to the header: take the lower one
                int below = found;
                for (int r = found + 1; r <= headerRow + 2; r++) {
                    if (sheet.text(r, c).equals(String.valueOf(year.get()))) {
                        below = r;
                    }
                }
                years.add(new YearColumn(c, year.get(), below));
            }
        }
        if (years.isEmpty()) {
            throw new DataFormatException(sheet.where(headerRow, 1) + ": expected fiscal-year columns (平成23年度 / 2011) "
                    + "in the header rows " + (headerRow + 1) + "–" + (headerRow + 3));
        }
        return years;
    }

    private static void checkTitleAndUnit(SheetCells sheet, int headerRow) throws DataFormatException {
        boolean title = false;
        for (int r = 0; r < headerRow; r++) {
            for (int c = 0; c <= Math.max(0, sheet.lastColumn(r)); c++) {
                String t = sheet.text(r, c);
                title |= t.contains("県内総生産");
                if (t.contains("単位") && !(t.contains("100万円") || t.contains("百万円"))) {
                    throw new DataFormatException(sheet.where(r, c) + ": expected the unit 100万円, found '" + t + "'");
                }
            }
        }
        if (!title) {
            throw new DataFormatException(sheet.where(0, 0) + ": expected a title naming 県内総生産 above the header; "
                    + "this is another table");
        }
    }
}
