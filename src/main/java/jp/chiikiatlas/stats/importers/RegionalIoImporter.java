package jp.chiikiatlas.stats.importers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.chiikiatlas.geo.RegionCode;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.importers.support.AreaIdTable;
import jp.chiikiatlas.stats.importers.support.CsvFile;
import jp.chiikiatlas.stats.importers.support.CsvHeader;
import jp.chiikiatlas.stats.importers.support.CsvRow;
import jp.chiikiatlas.stats.FileDigest;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.SinkWriter;

/**
 * 12-sector regional input–output tables ({@code IOTable.csv}, Fukui 2024): one row per area,
 * {@code R<i>C<j>} intermediate input from sector i to sector j and {@code Y<i>} gross output of
 * sector i, million yen. Every region's table is its 2015 (平成27年) table, as the source
 * repository's Notice.txt lists them; the CSV itself carries no year, so the period is 2015.
 */
public final class RegionalIoImporter implements StatisticsImporter {
    public static final String ID = "regional-io";
    public static final String DATASET_ID = "regional-io-2015";
    public static final int PERIOD = 2015;

    /** Sector names as the data README lists them (1 農林水産業 … 12 その他). */
    public static final List<String> SECTORS = List.of("農林水産業", "鉱業", "製造業", "建設", "電力・ガス・水道", "商業",
            "金融・保険・不動産", "運輸・郵便", "情報通信", "公務", "サービス", "その他");

    private static final Pattern INTERMEDIATE = Pattern.compile("R(\\d{1,2})C(\\d{1,2})");
    private static final Pattern OUTPUT = Pattern.compile("Y(\\d{1,2})");

    @Override
    public String id() {
        return ID;
    }

    private record Cell(int column, String indicator, Map<String, String> dims) {
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        CsvFile csv = CsvFile.read(file, StandardCharsets.UTF_8);
        ImportReport report = new ImportReport(csv.fileName());
        CsvHeader header = CsvHeader.firstLine(csv, "AreaID(string),R1C1,…,Y12");
        List<Integer> idColumns = header.matching(h -> h.startsWith("AreaID"));
        if (idColumns.isEmpty()) {
            throw new DataFormatException(csv.fileName() + ", line 1: expected a column 'AreaID(string)', found "
                    + header.row().cells().subList(0, Math.min(4, header.size())));
        }
        int areaId = idColumns.get(0);
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            Matcher r = INTERMEDIATE.matcher(header.name(c));
            Matcher y = OUTPUT.matcher(header.name(c));
            if (r.matches() && sector(r.group(1)) && sector(r.group(2))) {
                cells.add(new Cell(c, "io_intermediate", Map.of("from_sector", r.group(1), "to_sector", r.group(2))));
            } else if (y.matches() && sector(y.group(1))) {
                cells.add(new Cell(c, "io_output", Map.of("sector", y.group(1))));
            } else if (c != areaId) {
                report.note("column " + (c + 1) + " '" + header.name(c) + "' is not R<i>C<j> or Y<i> (i, j 1–12): not imported");
            }
        }
        if (cells.stream().noneMatch(c -> c.indicator().equals("io_output"))) {
            throw new DataFormatException(csv.fileName() + ", line 1: expected gross-output columns Y1…Y12, found none");
        }
        Optional<AreaIdTable> areas = AreaIdTable.besides(file);

        SinkWriter out = new SinkWriter(sink, report);
        out.dataset(new Dataset(DATASET_ID, "地域産業連関表（12部門）2015年", "Regional input–output tables, 12 sectors, 2015",
                "Shogo Fukui (compiled from prefectural and municipal input–output tables)",
                "各都道府県・市の平成27年（2015年）産業連関表", "12部門 中間投入・域内生産額（百万円）; sectors " + sectorLegend(),
                "2015 (all regional tables are the 2015 edition; the CSV states no year)",
                "see the source repository's Notice.txt: each regional table under its publisher's terms (many CC BY 4.0)",
                "出典：Fukui, S. (2024) Computational Economics, doi:10.1007/s10614-024-10641-1（各地域の平成27年産業連関表を加工）",
                csv.fileName(), FileDigest.sha256(file)));
        out.indicator(new Indicator("io_intermediate", "中間投入額（部門i→部門j）", "Intermediate input from sector i to sector j",
                "百万円", List.of("from_sector", "to_sector")));
        out.indicator(new Indicator("io_output", "域内生産額", "Gross output by sector", "百万円", List.of("sector")));

        List<CsvRow> data = csv.rows().subList(1, csv.rows().size());
        for (int i = 0; i < data.size(); i++) {
            CsvRow r = data.get(i);
            if (r.size() <= 1 && r.isBlank()) {
                continue; // a trailing line break, not a row
            }
            report.rowRead();
            String code = r.get(areaId);
            if (r.isBlank()) {
                String who = areas.flatMap(a -> a.atRow(r.line() - 2)).map(a -> a.code() + " " + a.name())
                        .orElse("area unknown");
                report.rejected(csv.fileName() + ", line " + r.line() + " (" + who + " by AreaID.csv row order): the row "
                        + "is blank — no table published for this area; not available, not stored as zeros");
                continue;
            }
            if (!RegionCode.isFiveDigits(code)) {
                report.rejected(csv.where(r, areaId, header.name(areaId)) + ": expected a five-digit area id, found '" + code + "'");
                continue;
            }
            for (Cell cell : cells) {
                String text = r.get(cell.column());
                double value = Numbers.parse(text).orElseThrow(() -> new DataFormatException(
                        csv.where(r, cell.column(), header.name(cell.column())) + ": expected an amount in million yen, found '"
                                + text + "'"));
                out.observation(cell.indicator(), code, PERIOD, cell.dims(), value, ValueStatus.OK);
            }
        }
        return report;
    }

    /** "1 農林水産業, 2 鉱業, …": dimension values are sector numbers, their names live in the dataset. */
    static String sectorLegend() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < SECTORS.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(i + 1).append(' ').append(SECTORS.get(i));
        }
        return b.toString();
    }

    private static boolean sector(String number) {
        int n = Integer.parseInt(number);
        return n >= 1 && n <= SECTORS.size();
    }
}
