package jp.chiikiatlas.stats.importers.juki;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Indicator;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.importers.support.CellValue;
import jp.chiikiatlas.stats.importers.support.Grid;
import jp.chiikiatlas.stats.importers.support.Grids;
import jp.chiikiatlas.stats.importers.support.HeaderBlock;
import jp.chiikiatlas.stats.importers.support.MarkerLegend;

/**
 * 住民基本台帳に基づく人口、人口動態及び世帯数（市区町村別）, one file per year (.xls to 2020, .xlsx
 * after): population and households on 1 January of the year (period = that year) and the events
 * of the previous calendar year (period = year − 1). Columns are found by their headers.
 */
public final class JukiDynamicsImporter implements StatisticsImporter {
    public static final String ID = "juki-dynamics";

    /** Rate columns use "-" for 皆増; we do not import rates, but counts may carry *** (2024 浜松市 wards). */
    private static final MarkerLegend LEGEND = MarkerLegend.ofLabels()
            .define("***", ValueStatus.NOT_AVAILABLE, "該当なし: the region did not exist on that date")
            .define("-", ValueStatus.NOT_AVAILABLE, "該当なし")
            .define("…", ValueStatus.NOT_AVAILABLE, "不詳")
            .define("X", ValueStatus.SUPPRESSED, "秘匿");

    /** One value column: its indicator, dimensions, and whether it is a stock (1 January) or an event count. */
    private record Column(String header, Indicator indicator, Map<String, String> dims, boolean event,
                          Predicate<List<String>> match) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("人口/男", JukiIndicators.POPULATION, Map.of("sex", "male"), false, HeaderBlock.leaf("男", "人口")),
            new Column("人口/女", JukiIndicators.POPULATION, Map.of("sex", "female"), false, HeaderBlock.leaf("女", "人口")),
            new Column("人口/計", JukiIndicators.POPULATION, Map.of(), false, HeaderBlock.leaf("計", "人口")),
            new Column("世帯数", JukiIndicators.HOUSEHOLDS, Map.of(), false, HeaderBlock.leaf("世帯数")),
            new Column("転入者数（計）", JukiIndicators.MOVES_IN, Map.of(), true, HeaderBlock.leaf("転入者数（計）")),
            new Column("出生者数", JukiIndicators.BIRTHS, Map.of(), true, HeaderBlock.leaf("出生者数")),
            new Column("転出者数（計）", JukiIndicators.MOVES_OUT, Map.of(), true, HeaderBlock.leaf("転出者数（計）")),
            new Column("死亡者数", JukiIndicators.DEATHS, Map.of(), true, HeaderBlock.leaf("死亡者数")),
            new Column("自然増減数", JukiIndicators.NATURAL_CHANGE, Map.of(), true, HeaderBlock.leaf("自然増減数")),
            new Column("社会増減数", JukiIndicators.SOCIAL_CHANGE, Map.of(), true, HeaderBlock.leaf("社会増減数")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        String name = file.getFileName().toString();
        ImportReport report = new ImportReport(name);
        try {
            Grid sheet = Grids.firstSheet(file);
            JukiTable table = JukiTable.locate(name, sheet);
            HeaderBlock headers = table.headers();
            int[] cols = new int[COLUMNS.size()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = headers.require(COLUMNS.get(i).header(), COLUMNS.get(i).match());
            }

            LocalDate reference = referenceDate(name, table.title(), report);
            int stockPeriod = reference.getYear();
            int eventPeriod = stockPeriod - 1;
            String id = ID + "-" + stockPeriod;
            Dataset dataset = JukiSource.dataset(id,
                    "住民基本台帳に基づく人口、人口動態及び世帯数（市区町村別）" + stockPeriod + "年1月1日",
                    "Basic Resident Register: population, households (1 Jan " + stockPeriod + ") and dynamics ("
                            + eventPeriod + ") by municipality",
                    table.title(), reference.toString(), file);
            sink.dataset(dataset);
            for (Indicator indicator : List.of(JukiIndicators.POPULATION, JukiIndicators.HOUSEHOLDS,
                    JukiIndicators.BIRTHS, JukiIndicators.DEATHS, JukiIndicators.MOVES_IN, JukiIndicators.MOVES_OUT,
                    JukiIndicators.NATURAL_CHANGE, JukiIndicators.SOCIAL_CHANGE)) {
                sink.indicator(indicator);
            }

            for (int r = table.firstDataRow(); r <= sheet.lastRow(); r++) {
                if (sheet.isEmptyRow(r)) {
                    continue;
                }
                JukiRow kind = table.classify(sheet, r);
                if (!kind.countIn(report, r)) {
                    continue;
                }
                List<Observation> values = new ArrayList<>(cols.length);
                for (int i = 0; i < cols.length; i++) {
                    Column column = COLUMNS.get(i);
                    CellValue cell = sheet.number(name, r, cols[i], column.header(), LEGEND);
                    values.add(new Observation(id, column.indicator().id(), kind.code5(),
                            column.event() ? eventPeriod : stockPeriod, column.dims(), cell.value(), cell.status()));
                }
                for (Observation o : values) {
                    store(sink, o);
                }
                report.stored(values.size());
            }
        } catch (DataFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new DataFormatException(name + ": import failed: " + e.getMessage(), e);
        }
        return report;
    }

    private static void store(StatisticsSink sink, Observation o) throws DataFormatException {
        try {
            sink.observation(o);
        } catch (Exception e) {
            throw new DataFormatException("cannot store " + o + ": " + e.getMessage(), e);
        }
    }

    /** 1 January of the year in the title (令和7年1月1日…); the FY in the file name if the title has none. */
    static LocalDate referenceDate(String fileName, String title, ImportReport report) throws DataFormatException {
        List<JapaneseDates.Mention> mentions = JapaneseDates.mentions(title);
        for (JapaneseDates.Mention m : mentions) {
            if (m.hasDay()) {
                return m.date();
            }
        }
        var fy = java.util.regex.Pattern.compile("FY(\\d{4})").matcher(fileName);
        if (fy.find()) {
            report.note("reference date taken from the file name (no date in the title)");
            return LocalDate.of(Integer.parseInt(fy.group(1)), 1, 1);
        }
        throw new DataFormatException(fileName + ": cannot tell the reference date: the title row says \"" + title
                + "\" (expected e.g. 令和7年1月1日) and the file name has no FYyyyy.");
    }
}
