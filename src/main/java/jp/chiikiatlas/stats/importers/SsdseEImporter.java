package jp.chiikiatlas.stats.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import jp.chiikiatlas.stats.importers.support.CsvRow;
import jp.chiikiatlas.stats.FileDigest;
import jp.chiikiatlas.stats.importers.support.Licences;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.SinkWriter;

/**
 * SSDSE-E (統計センター「教育用標準データセット」, prefectures), CP932: row 1 item codes, row 2 the
 * reference year of each item, row 3 labels, then 全国 and 47 prefectures coded {@code R01000}.
 * Each item becomes indicator {@code ssdse_<code>} with its own period.
 */
public final class SsdseEImporter implements StatisticsImporter {
    public static final String ID = "ssdse-e";

    /**
     * Units the file does not print. Only those checked against the data (北海道 総面積 7,842,075 =
     * 78,420.75 km² → hectares; 県内総生産 in 百万円); every other item's unit stays empty rather than guessed.
     */
    private static final Map<String, String> KNOWN_UNITS = Map.of(
            "A1101", "人", "B1101", "ha", "B1103", "ha", "C1121", "百万円", "C1221", "百万円", "C122101", "千円");

    @Override
    public String id() {
        return ID;
    }

    private record Item(int column, String code, String label, int period) {
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        CsvFile csv = CsvFile.read(file, CsvFile.WINDOWS_31J);
        ImportReport report = new ImportReport(csv.fileName());
        List<CsvRow> rows = csv.rows();
        if (rows.size() < 3 || !rows.get(0).get(0).startsWith("SSDSE") || !rows.get(2).get(0).equals("地域コード")) {
            throw new DataFormatException(csv.fileName() + ", line 1–3: expected the SSDSE layout (line 1 'SSDSE-…' and "
                    + "item codes, line 2 years, line 3 starting '地域コード'), found "
                    + (rows.isEmpty() ? "an empty file" : "'" + rows.get(0).get(0) + "' / '"
                    + (rows.size() > 2 ? rows.get(2).get(0) : "") + "'"));
        }
        String edition = rows.get(0).get(0);
        List<Item> items = new ArrayList<>();
        for (int c = 2; c < rows.get(0).size(); c++) {
            String code = rows.get(0).get(c);
            String yearText = rows.get(1).get(c);
            var year = Numbers.year(yearText);
            if (code.isEmpty()) {
                continue;
            }
            if (year.isEmpty()) {
                throw new DataFormatException(csv.where(rows.get(1), c, code) + ": expected the reference year of item "
                        + code + ", found '" + yearText + "'");
            }
            items.add(new Item(c, code, rows.get(2).get(c), year.get()));
        }

        SinkWriter out = new SinkWriter(sink, report);
        out.dataset(new Dataset("ssdse-e-" + edition.replaceAll("\\D", ""), edition + " 都道府県別基本データ",
                edition + " (Standardized Statistical Data Set for Education, prefectures)", "独立行政法人統計センター",
                "SSDSE（教育用標準データセット）", edition + "（都道府県・全国、" + items.size() + "項目）",
                "per item: reference year in line 2", Licences.GOVERNMENT_STANDARD,
                "出典：独立行政法人統計センター「SSDSE（教育用標準データセット）」", csv.fileName(), FileDigest.sha256(file)));
        for (Item item : items) {
            out.indicator(new Indicator("ssdse_" + item.code(), item.label(), item.label() + " (SSDSE " + item.code() + ")",
                    KNOWN_UNITS.getOrDefault(item.code(), ""), List.of()));
        }

        for (CsvRow r : rows.subList(3, rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            report.rowRead();
            String code = r.get(0);
            if (!code.matches("R\\d{5}")) {
                report.rejected(csv.where(r, 0, "地域コード") + ": expected an area code like R01000, found '" + code + "'");
                continue;
            }
            String region = code.substring(1);
            for (Item item : items) {
                String text = r.get(item.column());
                double value = Numbers.parse(text).orElseThrow(() -> new DataFormatException(
                        csv.where(r, item.column(), item.code() + " " + item.label()) + ": expected a number, found '"
                                + text + "'"));
                out.observation("ssdse_" + item.code(), region, item.period(), Map.of(), value, ValueStatus.OK);
            }
        }
        return report;
    }
}
