package jp.chiikiatlas.stats.importers.juki;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.Dataset;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.Observation;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.StatisticsSink;
import jp.chiikiatlas.stats.ValueStatus;
import jp.chiikiatlas.stats.importers.support.CellText;
import jp.chiikiatlas.stats.importers.support.CellValue;
import jp.chiikiatlas.stats.importers.support.Grid;
import jp.chiikiatlas.stats.importers.support.Grids;
import jp.chiikiatlas.stats.importers.support.HeaderBlock;
import jp.chiikiatlas.stats.importers.support.MarkerLegend;

/**
 * 住民基本台帳 年齢階級別人口（市区町村別）: rows 計/男/女 per region, columns 総数 and five-year bands
 * up to an open band (80歳以上 in 2000–2010, 100歳以上 from 2015). Stored as {@code population} with
 * {@code sex} and {@code age}; {@code age=total} is the table's 総数, and where the bands do not add up
 * to it (foreign residents not broken down, 年齢不詳) the difference is kept as {@code age=not_given}.
 */
public final class JukiAgeImporter implements StatisticsImporter {
    public static final String ID = "juki-age";
    public static final String NOT_GIVEN = "not_given";

    private static final Pattern BAND = Pattern.compile("(\\d+)歳?[~～〜-](\\d+)歳?");
    private static final Pattern OPEN_BAND = Pattern.compile("(\\d+)歳以上");
    private static final Map<String, String> SEXES = Map.of("計", "total", "総数", "total", "男", "male", "女", "female");
    private static final MarkerLegend LEGEND = MarkerLegend.ofLabels()
            .define("-", ValueStatus.NOT_AVAILABLE, "該当なし")
            .define("…", ValueStatus.NOT_AVAILABLE, "不詳")
            .define("***", ValueStatus.NOT_AVAILABLE, "該当なし")
            .define("X", ValueStatus.SUPPRESSED, "秘匿");

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
            String sheetName = sheet.sheetName();
            JukiTable table = JukiTable.locate(name, sheet);
            HeaderBlock headers = table.headers();
            int sexCol = headers.require("性別", HeaderBlock.contains("性別"));
            int totalCol = headers.require("総数", HeaderBlock.leaf("総数"));
            List<Band> bands = bands(name, sheetName, headers, totalCol);

            LocalDate reference = referenceDate(name, table.title());
            int period = reference.getYear();
            String id = ID + "-" + period;
            Dataset dataset = JukiSource.dataset(id,
                    "住民基本台帳 年齢階級別人口（市区町村別）" + reference,
                    "Basic Resident Register: population by five-year age band and sex, " + reference,
                    table.title(), reference.toString(), file);
            sink.dataset(dataset);
            sink.indicator(JukiIndicators.POPULATION);

            for (int r = table.firstDataRow(); r <= sheet.lastRow(); r++) {
                if (sheet.isEmptyRow(r)) {
                    continue;
                }
                JukiRow kind = table.classify(sheet, r);
                if (!kind.countIn(report, r)) {
                    continue;
                }
                String sexText = CellText.label(sheet.text(r, sexCol));
                String sex = SEXES.get(sexText);
                if (sex == null) {
                    throw new DataFormatException(String.format(
                            "%s, sheet '%s', row %d, column %s (性別): expected 計, 男 or 女, found \"%s\".",
                            name, sheetName, r + 1, CellText.columnName(sexCol), sexText));
                }
                List<Observation> values = new ArrayList<>(bands.size() + 2);
                CellValue total = sheet.number(name, r, totalCol, "総数", LEGEND);
                values.add(observation(id, kind.code5(), period, sex, "total", total));
                double sum = 0;
                boolean allBands = true;
                for (Band band : bands) {
                    CellValue cell = sheet.number(name, r, band.column(), band.header(), LEGEND);
                    values.add(observation(id, kind.code5(), period, sex, band.id(), cell));
                    if (cell.isNumber()) {
                        sum += cell.value();
                    } else {
                        allBands = false;
                    }
                }
                if (total.isNumber() && allBands) {
                    // Bands leave out foreign residents where their breakdown is not published (注1/注2).
                    values.add(new Observation(id, "population", kind.code5(), period,
                            Map.of("sex", sex, "age", NOT_GIVEN), total.value() - sum, ValueStatus.OK));
                }
                for (Observation o : values) {
                    try {
                        sink.observation(o);
                    } catch (Exception e) {
                        throw new DataFormatException(name + ", row " + (r + 1) + ": cannot store " + o + ": "
                                + e.getMessage(), e);
                    }
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

    private static Observation observation(String dataset, String code, int period, String sex, String age, CellValue cell) {
        return new Observation(dataset, "population", code, period, Map.of("sex", sex, "age", age), cell.value(),
                cell.status());
    }

    record Band(int column, String header, String id) {
    }

    /**
     * The band columns right of 総数: 0–4, 5–9, … contiguous, ending with an open band. Extra totals
     * such as 2005's （修正総数） are recognised and left out; anything else is an unknown layout.
     */
    static List<Band> bands(String file, String sheet, HeaderBlock headers, int totalCol) throws DataFormatException {
        List<Band> bands = new ArrayList<>();
        int expectedLow = 0;
        boolean open = false;
        for (int c = totalCol + 1; c < headers.width() && !open; c++) {
            String leaf = headers.leaf(c);
            if (leaf.isEmpty() || leaf.contains("総数")) {
                continue;
            }
            Matcher band = BAND.matcher(leaf);
            Matcher top = OPEN_BAND.matcher(leaf);
            int low;
            String id;
            if (band.matches()) {
                low = Integer.parseInt(band.group(1));
                id = low + "-" + Integer.parseInt(band.group(2));
            } else if (top.matches()) {
                low = Integer.parseInt(top.group(1));
                id = low + "+";
                open = true;
            } else {
                throw new DataFormatException(String.format("%s, sheet '%s', column %s: unknown layout — expected an "
                        + "age band header such as 0～4歳 or 100歳以上, found \"%s\".", file, sheet,
                        CellText.columnName(c), leaf));
            }
            if (low != expectedLow) {
                throw new DataFormatException(String.format("%s, sheet '%s', column %s: age bands out of order — "
                        + "expected a band starting at %d, found \"%s\".", file, sheet, CellText.columnName(c),
                        expectedLow, leaf));
            }
            bands.add(new Band(c, leaf, id));
            expectedLow = low + 5;
        }
        if (!open) {
            throw new DataFormatException(String.format("%s, sheet '%s': unknown layout — no open top age band "
                    + "(80歳以上 / 100歳以上) right of 総数; headers: %s", file, sheet, headers.describe()));
        }
        return bands;
    }

    /** The date in the title: 31 March for 2000–2010, 1 January from 2015; the period is its year. */
    static LocalDate referenceDate(String file, String title) throws DataFormatException {
        for (JapaneseDates.Mention m : JapaneseDates.mentions(title)) {
            if (m.hasDay()) {
                return m.date();
            }
        }
        throw new DataFormatException(file + ": cannot tell the reference date: the title row says \"" + title
                + "\" (expected e.g. 平成12年3月31日).");
    }
}
