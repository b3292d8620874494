package jp.chiikiatlas.stats.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.importers.support.CellValue;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import jp.chiikiatlas.stats.importers.support.CsvHeader;
import jp.chiikiatlas.stats.importers.support.CsvRow;
import jp.chiikiatlas.stats.FileDigest;
import jp.chiikiatlas.stats.importers.support.Licences;
import jp.chiikiatlas.stats.importers.support.MarkerLegend;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.SinkWriter;

/**
 * Any e-Stat CSV download of the 社会・人口統計体系 kind (CP932): metadata lines ({@code 統計名：},
 * {@code 表題：}), a marker legend, then a header whose item columns read {@code #A01302_昼夜間人口比率【％】}.
 * Each item column becomes indicator {@code estat_A01302}; each row is one area and one survey year.
 */
public final class EStatCsvImporter implements StatisticsImporter {
    public static final String ID = "estat-csv";

    private static final Pattern ITEM = Pattern.compile("#([A-Za-z0-9]+)_(.*?)(?:【(.*)】)?");

    @Override
    public String id() {
        return ID;
    }

    private record Item(int column, String indicatorId) {
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        CsvFile csv = CsvFile.read(file, CsvFile.WINDOWS_31J);
        ImportReport report = new ImportReport(csv.fileName());
        CsvHeader header = CsvHeader.findRow(csv, r -> r.cells().stream().anyMatch(c -> ITEM.matcher(c.strip()).matches())
                        && r.cells().stream().anyMatch(EStatCsvImporter::isAreaCodeHeader),
                "a header line with an area-code column (地域 コード) and item columns like #A01302_名前【単位】");
        int areaCode = column(csv, header, EStatCsvImporter::isAreaCodeHeader);
        int yearColumn = column(csv, header, c -> normalise(c).equals("調査年") || normalise(c).equals("時間軸（年度次）")
                || normalise(c).equals("年度") || normalise(c).equals("年次"));

        Map<String, String> meta = new LinkedHashMap<>();
        MarkerLegend legend = MarkerLegend.none();
        for (CsvRow r : csv.rows()) {
            if (r == header.row()) {
                break;
            }
            String key = r.get(0);
            if (key.endsWith("：") || key.endsWith(":")) {
                meta.put(key.substring(0, key.length() - 1), r.get(1));
            } else if (!key.isEmpty()) {
                String marker = key;
                MarkerLegend.statusDescribedBy(r.get(1)).ifPresentOrElse(s -> legend.with(marker, s),
                        () -> report.note("metadata line " + r.line() + " not understood as a legend: " + r.cells()));
            }
        }
        report.note("marker legend from the file: " + legend);

        List<Item> items = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            Matcher m = ITEM.matcher(header.name(c));
            if (m.matches()) {
                String id = "estat_" + m.group(1);
                items.add(new Item(c, id));
                indicators.add(new Indicator(id, m.group(2).strip(), m.group(2).strip() + " (e-Stat " + m.group(1) + ")",
                        m.group(3) == null ? "" : m.group(3).strip(), List.of()));
            }
        }
        List<CsvRow> data = csv.rows().subList(csv.rows().indexOf(header.row()) + 1, csv.rows().size());
        TreeSet<Integer> years = new TreeSet<>();
        data.forEach(r -> Numbers.year(r.get(yearColumn)).ifPresent(years::add));

        String survey = meta.getOrDefault("統計名", "");
        String title = meta.getOrDefault("表題", "").replace('\u3000', ' ');
        String tableNo = meta.getOrDefault("表番号", "");
        String stem = csv.fileName().replaceFirst("\\.[^.]*$", "");
        SinkWriter out = new SinkWriter(sink, report);
        out.dataset(new Dataset("estat-" + (tableNo.isEmpty() ? stem : tableNo),
                (survey + " " + title).strip(), "e-Stat download: " + (survey + " " + title).strip(),
                "総務省統計局 (e-Stat)", survey, title + (tableNo.isEmpty() ? "" : " (表番号 " + tableNo + ")"),
                years.isEmpty() ? "" : years.first() + "–" + years.last() + " (survey years as labelled)",
                Licences.GOVERNMENT_STANDARD,
                "出典：政府統計の総合窓口(e-Stat)（https://www.e-stat.go.jp/）「" + survey + "」",
                csv.fileName(), FileDigest.sha256(file)));
        indicators.forEach(out::indicator);

        int empty = 0;
        for (CsvRow r : data) {
            if (r.isBlank()) {
                continue;
            }
            report.rowRead();
            String code = r.get(areaCode);
            var period = Numbers.year(r.get(yearColumn));
            if (!code.matches("\\d{1,5}") || period.isEmpty()) {
                report.rejected(csv.where(r, areaCode, header.name(areaCode)) + ": expected an area code and a year, found '"
                        + code + "', '" + r.get(yearColumn) + "'");
                continue;
            }
            String region = "0".repeat(5 - code.length()) + code; // e-Stat drops leading zeros: 1000 → 01000
            if (!RegionCode.JAPAN.equals(region) && !RegionCode.isFiveDigits(region)) {
                report.rejected(csv.where(r, areaCode, header.name(areaCode)) + ": not a region code '" + code + "'");
                continue;
            }
            for (Item item : items) {
                String text = r.get(item.column());
                if (text.isEmpty()) {
                    empty++;
                    continue;
                }
                CellValue v = value(csv, r, item.column(), header.name(item.column()), text, legend);
                out.observation(item.indicatorId(), region, period.get(), Map.of(), v);
            }
        }
        if (empty > 0) {
            report.note(empty + " empty cells (no value, no marker) not stored");
        }
        return report;
    }

    private static CellValue value(CsvFile csv, CsvRow r, int column, String name, String text, MarkerLegend legend)
            throws DataFormatException {
        var status = legend.statusOf(text);
        if (status.isPresent()) {
            return CellValue.marker(status.get());
        }
        return CellValue.of(Numbers.parse(text).orElseThrow(() -> new DataFormatException(csv.where(r, column, name)
                + ": expected a number or a marker of the file's legend " + legend.asMap().keySet()
                + ", found '" + text + "'")));
    }

    private static int column(CsvFile csv, CsvHeader header, java.util.function.Predicate<String> test)
            throws DataFormatException {
        List<Integer> found = header.matching(test);
        if (found.isEmpty()) {
            throw new DataFormatException(csv.fileName() + ", line " + header.row().line() + ": expected an area-code column (地域 コード) and a "
                    + "year column (調査年) in the header, found " + header.row().cells().subList(0,
                    Math.min(6, header.size())));
        }
        return found.get(0);
    }

    private static String normalise(String s) {
        return s.replace('\u3000', ' ').replace(" ", "").strip();
    }

    private static boolean isAreaCodeHeader(String cell) {
        return normalise(cell).equals("地域コード");
    }
}
