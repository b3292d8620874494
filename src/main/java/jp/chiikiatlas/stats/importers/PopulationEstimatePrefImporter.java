package jp.chiikiatlas.stats.importers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import jp.chiikiatlas.stats.importers.support.CsvHeader;
import jp.chiikiatlas.stats.importers.support.CsvRow;
import jp.chiikiatlas.stats.FileDigest;
import jp.chiikiatlas.stats.importers.support.Licences;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.RegionNames;
import jp.chiikiatlas.stats.importers.support.SinkWriter;

/**
 * Population on 1 October (国勢調査 / 人口推計) by prefecture, {@code population-pref.csv}: one row per
 * year, one column per area (全国 + 47 names) → {@code population_estimate}. Kept apart from the
 * 住民基本台帳 {@code population} (1 January, registered residents): the two differ by design.
 */
public final class PopulationEstimatePrefImporter implements StatisticsImporter {
    public static final String ID = "population-estimate-pref";
    public static final String DATASET_ID = "population-estimate-pref";
    public static final String INDICATOR = "population_estimate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        CsvFile csv = CsvFile.read(file, StandardCharsets.UTF_8);
        ImportReport report = new ImportReport(csv.fileName());
        CsvHeader header = CsvHeader.firstLine(csv, "year,全国,北海道,…");
        int year = header.require("year");
        Map<Integer, String> regionColumns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (c == year) {
                continue;
            }
            int column = c;
            RegionNames.japanOrPrefecture(header.name(c)).ifPresentOrElse(code -> regionColumns.put(column, code),
                    () -> report.rejected(csv.fileName() + ", line 1, column " + (column + 1) + " ('"
                            + header.name(column) + "'): not 全国 or a prefecture name; column not imported"));
        }
        if (regionColumns.isEmpty()) {
            throw new DataFormatException(csv.fileName() + ", line 1: expected columns named 全国 and prefectures, found "
                    + header.row().cells());
        }
        List<CsvRow> data = csv.rows().subList(1, csv.rows().size());
        TreeSet<Integer> years = new TreeSet<>();
        data.forEach(r -> Numbers.year(r.get(year)).ifPresent(years::add));

        SinkWriter out = new SinkWriter(sink, report);
        out.dataset(new Dataset(DATASET_ID, "人口推計 都道府県別人口（10月1日現在）",
                "Population estimates by prefecture, 1 October", "総務省統計局", "人口推計（国勢調査年は国勢調査）",
                "都道府県別総人口（10月1日現在）",
                years.isEmpty() ? "" : "1 October of each year " + years.first() + "–" + years.last(),
                Licences.GOVERNMENT_STANDARD, "出典：総務省統計局「人口推計」", csv.fileName(), FileDigest.sha256(file)));
        out.indicator(new Indicator(INDICATOR, "総人口（人口推計、10月1日現在）", "Population estimate (1 October)",
                "人", List.of()));

        for (CsvRow r : data) {
            if (r.isBlank()) {
                continue;
            }
            report.rowRead();
            var period = Numbers.year(r.get(year));
            if (period.isEmpty()) {
                report.rejected(csv.where(r, year, "year") + ": not a year: '" + r.get(year) + "'");
                continue;
            }
            for (var e : regionColumns.entrySet()) {
                int c = e.getKey();
                String v = r.get(c);
                double value = Numbers.parse(v).orElseThrow(() -> new DataFormatException(
                        csv.where(r, c, header.name(c)) + ": expected a population number, found '" + v + "'"));
                out.observation(INDICATOR, e.getValue(), period.get(), Map.of(), value, ValueStatus.OK);
            }
        }
        return report;
    }
}
