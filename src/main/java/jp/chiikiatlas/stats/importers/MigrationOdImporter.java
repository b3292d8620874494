package jp.chiikiatlas.stats.importers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import jp.chiikiatlas.stats.importers.support.CsvHeader;
import jp.chiikiatlas.stats.importers.support.CsvRow;
import jp.chiikiatlas.stats.FileDigest;
import jp.chiikiatlas.stats.importers.support.Licences;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.RegionNames;
import jp.chiikiatlas.stats.importers.support.SinkWriter;

/**
 * 都道府県間移動者数 ({@code move-pref-all.csv}, UTF-8 with BOM): long rows
 * {@code year,origin,destination,gender,migration} with prefecture names → flows {@code migrants}.
 */
public final class MigrationOdImporter implements StatisticsImporter {
    public static final String ID = "migration-od";
    public static final String DATASET_ID = "migration-od";
    public static final String INDICATOR = "migrants";

    private static final Map<String, String> SEX = Map.of("総数", "total", "男", "male", "女", "female");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        CsvFile csv = CsvFile.read(file, StandardCharsets.UTF_8);
        ImportReport report = new ImportReport(csv.fileName());
        CsvHeader header = CsvHeader.firstLine(csv, "year,origin,destination,gender,migration");
        int year = header.require("year");
        int origin = header.require("origin");
        int destination = header.require("destination");
        int gender = header.require("gender");
        int migration = header.require("migration");
        List<CsvRow> data = csv.rows().subList(1, csv.rows().size());

        TreeSet<Integer> years = new TreeSet<>();
        for (CsvRow r : data) {
            if (!r.isBlank()) {
                Numbers.year(r.get(year)).ifPresent(years::add);
            }
        }
        SinkWriter out = new SinkWriter(sink, report);
        out.dataset(new Dataset(DATASET_ID, "住民基本台帳人口移動報告 都道府県間移動者数",
                "Internal migration between prefectures (Basic Resident Register)", "総務省統計局",
                "住民基本台帳人口移動報告", "都道府県間移動者数（移動前の住所地 × 移動後の住所地 × 男女、日本人移動者）",
                years.isEmpty() ? "" : years.first() + "–" + years.last() + " (calendar years)",
                Licences.GOVERNMENT_STANDARD, "出典：総務省統計局「住民基本台帳人口移動報告」",
                csv.fileName(), FileDigest.sha256(file)));
        out.indicator(new Indicator(INDICATOR, "都道府県間移動者数", "Movers between prefectures (Japanese)", "人",
                List.of("sex")));

        int diagonal = 0;
        Map<String, Optional<String>> codes = new HashMap<>(); // 47 names over 60,000 rows: look each up once
        for (CsvRow r : data) {
            if (r.isBlank()) {
                continue; // a trailing empty line is not a row
            }
            report.rowRead();
            String from = r.get(origin);
            String to = r.get(destination);
            Optional<String> fromCode = codes.computeIfAbsent(from, MigrationOdImporter::prefectureCode);
            Optional<String> toCode = codes.computeIfAbsent(to, MigrationOdImporter::prefectureCode);
            String sex = SEX.get(r.get(gender));
            var period = Numbers.year(r.get(year));
            if (fromCode.isEmpty() || toCode.isEmpty() || sex == null || period.isEmpty()) {
                report.rejected(csv.where(r, 0, null) + ": not a prefecture pair, sex and year: "
                        + r.cells());
                continue;
            }
            String v = r.get(migration);
            double value = Numbers.parse(v).orElseThrow(() -> new DataFormatException(
                    csv.where(r, migration, "migration") + ": expected a number of movers, found '" + v + "'"));
            if (fromCode.get().equals(toCode.get())) {
                // the table does not count moves within a prefecture; its 0 is "not counted", not "nobody moved"
                diagonal++;
                continue;
            }
            out.flow(INDICATOR, period.get(), fromCode.get(), toCode.get(), Map.of("sex", sex), value);
        }
        if (diagonal > 0) {
            report.note(diagonal + " rows with origin = destination not stored: moves within a prefecture are "
                    + "not part of this table (its 0 means 'not counted')");
        }
        return report;
    }

    private static Optional<String> prefectureCode(String name) {
        return RegionNames.japanOrPrefecture(name).filter(RegionCode::isPrefecture);
    }
}
