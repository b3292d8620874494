package jp.chiikiatlas.stats.importers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import jp.chiikiatlas.stats.importers.support.Jsic;
import jp.chiikiatlas.stats.importers.support.Licences;
import jp.chiikiatlas.stats.importers.support.Numbers;
import jp.chiikiatlas.stats.importers.support.SinkWriter;

/**
 * 経済センサス by area ({@code ExplanatoryVariablesBase.csv}, with {@code AreaID.csv}): Japan, 42
 * prefectures and 7 cities, one row each.
 * <ul>
 *   <li>{@code Firm_k}, {@code VA_k}, {@code Sales_k} for 17 major industries k → {@code establishments_major}
 *   (2014), {@code value_added} and {@code sales} (2012, million yen);</li>
 *   <li>{@code SFirm_<id>} / {@code SEmp_<id>} by JSIC minor industry (2014 基礎調査) rolled up to the
 *   大分類 letters → {@code establishments_by_industry}, {@code employees_by_industry}.</li>
 * </ul>
 * Periods: the source repository's own documentation (ExpDataExplanation.md, citations corrected
 * after publication) gives Firm_k as the 2014 Economic Census for Business Frame, and VA/Sales as
 * 統計でみる都道府県・市区町村のすがた 2015, whose figures are the 2012 活動調査.
 */
public final class EconomicCensusPrefImporter implements StatisticsImporter {
    public static final String ID = "economic-census-pref";
    public static final String DATASET_ID = "economic-census-pref";

    /** The 17 major industries of the 経済センサス‐活動調査 tables, k = 1 … 17. */
    public static final List<String> MAJOR_INDUSTRIES = List.of("農林漁業", "鉱業，採石業，砂利採取業", "建設業", "製造業",
            "電気・ガス・熱供給・水道業", "情報通信業", "運輸業，郵便業", "卸売業，小売業", "金融業，保険業", "不動産業，物品賃貸業",
            "学術研究，専門・技術サービス業", "宿泊業，飲食サービス業", "生活関連サービス業，娯楽業", "教育，学習支援業", "医療，福祉",
            "複合サービス事業", "サービス業（他に分類されないもの）");

    /** Minor-industry columns: kind, 2-digit 中分類, last character (digit 小分類 or a letter). */
    private static final Pattern MINOR = Pattern.compile("(?i)(SFirm|SEmp)_(\\d\\d)([0-9A-Z])");
    private static final Pattern MAJOR = Pattern.compile("(Firm|VA|Sales)_(\\d{1,2})");
    private static final Set<String> KNOWN_OTHER = Set.of("Income", "TP", "PopLF", "Unemp", "Pop15");

    @Override
    public String id() {
        return ID;
    }

    private record MajorColumn(int column, String indicator, String industry, int period) {
    }

    /** A minor-industry column; {@code kind} is "SFirm" or "SEmp" whatever the file's spelling. */
    private record MinorColumn(int column, String name, String kind, int middle, char last) {
        boolean lettered() {
            return Character.isLetter(last);
        }
    }

    @Override
    public ImportReport importFile(Path file, StatisticsSink sink) throws DataFormatException {
        CsvFile csv = CsvFile.read(file, StandardCharsets.UTF_8);
        ImportReport report = new ImportReport(csv.fileName());
        CsvHeader header = CsvHeader.firstLine(csv, "AreaID,SFirm_010,…");
        int areaId = header.require("AreaID");
        List<CsvRow> rows = csv.rows().subList(1, csv.rows().size()).stream().filter(r -> !r.isBlank()).toList();

        List<MajorColumn> majors = new ArrayList<>();
        List<MinorColumn> minors = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.name(c);
            Matcher minor = MINOR.matcher(name);
            Matcher major = MAJOR.matcher(name);
            if (minor.matches()) {
                String kind = minor.group(1).equalsIgnoreCase("SFirm") ? "SFirm" : "SEmp"; // one column is spelled Semp_
                minors.add(new MinorColumn(c, name, kind, Integer.parseInt(minor.group(2)),
                        Character.toUpperCase(minor.group(3).charAt(0))));
            } else if (major.matches() && isMajorIndustry(major.group(2))) {
                String k = major.group(2);
                switch (major.group(1)) {
                    case "Firm" -> majors.add(new MajorColumn(c, "establishments_major", k, 2014));
                    case "VA" -> majors.add(new MajorColumn(c, "value_added", k, 2012));
                    default -> majors.add(new MajorColumn(c, "sales", k, 2012));
                }
            } else if (KNOWN_OTHER.contains(name)) {
                report.note("column '" + name + "' not imported: not an economic-census item (2015 area statistics)");
            } else if (c != areaId) {
                report.note("column " + (c + 1) + " '" + name + "' not recognised: not imported");
            }
        }
        if (minors.isEmpty() || majors.isEmpty()) {
            throw new DataFormatException(csv.fileName() + ", line 1: expected columns SFirm_<id>, SEmp_<id>, Firm_<k>, VA_<k>, "
                    + "Sales_<k>; found " + header.row().cells().subList(0, Math.min(6, header.size())) + "…");
        }

        Set<MinorColumn> unusable = rejectBooleanColumns(csv, rows, minors, report);
        Map<MinorColumn, double[]> values = new LinkedHashMap<>();
        for (MinorColumn m : minors) {
            if (!unusable.contains(m)) {
                values.put(m, numbers(csv, rows, m.column(), m.name()));
            }
        }
        Set<MinorColumn> breakdowns = breakdowns(minors, values, report);

        SinkWriter out = new SinkWriter(sink, report);
        out.dataset(new Dataset(DATASET_ID, "経済センサス 産業別 事業所数・従業者数・付加価値額・売上金額（都道府県・主要市）",
                "Economic Census by industry: establishments, employees, value added, sales (prefectures, major cities)",
                "総務省・経済産業省", "経済センサス（平成26年基礎調査、平成24年活動調査）",
                "17 industries k: " + majorLegend() + "; JSIC letters: " + Jsic.legend(),
                "establishments and employees 2014 (基礎調査); value added and sales 2012 (活動調査)",
                Licences.GOVERNMENT_STANDARD,
                "出典：総務省・経済産業省「経済センサス」（Fukui 2024 整理データ ExplanatoryVariablesBase.csv を加工）",
                csv.fileName(), FileDigest.sha256(file)));
        out.indicator(new Indicator("establishments_major", "事業所数（17産業）", "Establishments by major industry (17)",
                "事業所", List.of("industry")));
        out.indicator(new Indicator("value_added", "付加価値額（17産業）", "Value added by major industry (17)", "百万円",
                List.of("industry")));
        out.indicator(new Indicator("sales", "売上（収入）金額（17産業）", "Sales by major industry (17)", "百万円",
                List.of("industry")));
        out.indicator(new Indicator("establishments_by_industry", "事業所数（産業大分類、小分類から集計）",
                "Establishments by JSIC major group (rolled up from minor industries)", "事業所", List.of("industry")));
        out.indicator(new Indicator("employees_by_industry", "従業者数（産業大分類、小分類から集計）",
                "Employees by JSIC major group (rolled up from minor industries)", "人", List.of("industry")));

        Map<MajorColumn, double[]> majorValues = new LinkedHashMap<>();
        for (MajorColumn m : majors) {
            majorValues.put(m, numbers(csv, rows, m.column(), header.name(m.column())));
        }
        Optional<AreaIdTable> areas = AreaIdTable.besides(file);
        for (int i = 0; i < rows.size(); i++) {
            CsvRow r = rows.get(i);
            report.rowRead();
            String code = r.get(areaId);
            if (!RegionCode.isFiveDigits(code)) {
                report.rejected(csv.where(r, areaId, "AreaID") + ": expected a five-digit area code, found '" + code + "'");
                continue;
            }
            if (areas.isPresent() && !areas.get().contains(code)) {
                report.note(csv.where(r, areaId, "AreaID") + ": " + code + " is not listed in AreaID.csv");
            }
            for (var e : majorValues.entrySet()) {
                out.observation(e.getKey().indicator(), code, e.getKey().period(), Map.of("industry", e.getKey().industry()),
                        e.getValue()[i], ValueStatus.OK);
            }
            for (String kind : List.of("SFirm", "SEmp")) {
                Map<String, Double> byLetter = new LinkedHashMap<>();
                for (var e : values.entrySet()) {
                    MinorColumn m = e.getKey();
                    if (!m.kind().equals(kind) || breakdowns.contains(m)) {
                        continue;
                    }
                    int row = i;
                    Jsic.majorGroupOf(m.middle()).ifPresent(letter -> byLetter.merge(letter, e.getValue()[row], Double::sum));
                }
                String indicator = kind.equals("SFirm") ? "establishments_by_industry" : "employees_by_industry";
                byLetter.forEach((letter, sum) ->
                        out.observation(indicator, code, 2014, Map.of("industry", letter), sum, ValueStatus.OK));
            }
        }
        minors.stream().filter(m -> Jsic.majorGroupOf(m.middle()).isEmpty()).forEach(m ->
                report.note("column '" + m.name() + "': 中分類 " + m.middle() + " has no JSIC letter group; not rolled up"));
        return report;
    }

    /** Columns holding True/False instead of counts (SFirm_350): rejected whole, never read as 1/0. */
    private static Set<MinorColumn> rejectBooleanColumns(CsvFile csv, List<CsvRow> rows, List<MinorColumn> minors,
                                                         ImportReport report) {
        Set<MinorColumn> rejected = new HashSet<>();
        for (MinorColumn m : minors) {
            for (CsvRow r : rows) {
                String v = r.get(m.column());
                if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                    rejected.add(m);
                    report.rejected(csv.fileName() + ", column " + (m.column() + 1) + " (" + m.name() + "): holds True/False "
                            + "(e.g. line " + r.line() + " '" + v + "'), not a count — column not imported; the "
                            + (m.kind().equals("SFirm") ? "establishments" : "employees") + " roll-up of group "
                            + Jsic.majorGroupOf(m.middle()).orElse("?") + " excludes it");
                    break;
                }
            }
        }
        return rejected;
    }

    /**
     * Lettered columns right after a numbered column of the same 中分類 are, in this file, that minor
     * industry's 細分類 breakdown (80A–80H sum to 804): counting both would double the figure. A run
     * counts as a breakdown only if it sums to the column before it in every row; otherwise it is a
     * merged group standing on its own (12A = 121 + 122, which are absent) and is rolled up.
     */
    private static Set<MinorColumn> breakdowns(List<MinorColumn> minors, Map<MinorColumn, double[]> values,
                                               ImportReport report) {
        Set<MinorColumn> result = new HashSet<>();
        for (String kind : List.of("SFirm", "SEmp")) {
            List<MinorColumn> cols = minors.stream().filter(m -> m.kind().equals(kind) && values.containsKey(m)).toList();
            for (int i = 1; i < cols.size(); i++) {
                MinorColumn parent = cols.get(i - 1);
                if (!cols.get(i).lettered() || parent.lettered() || parent.middle() != cols.get(i).middle()) {
                    continue;
                }
                int end = i;
                while (end < cols.size() && cols.get(end).lettered() && cols.get(end).middle() == parent.middle()) {
                    end++;
                }
                List<MinorColumn> run = cols.subList(i, end);
                if (sumsTo(run, parent, values)) {
                    result.addAll(run);
                } else {
                    report.note(kind + " " + run.stream().map(MinorColumn::name).toList() + " do not sum to " + parent.name()
                            + ": rolled up as industries of their own");
                }
                i = end - 1;
            }
        }
        if (!result.isEmpty()) {
            report.note(result.size() + " lettered columns are 細分類 breakdowns of the minor industry before them "
                    + "(they sum to it in every row) and are not counted again in the roll-ups");
        }
        return result;
    }

    private static boolean sumsTo(List<MinorColumn> run, MinorColumn parent, Map<MinorColumn, double[]> values) {
        double[] p = values.get(parent);
        for (int row = 0; row < p.length; row++) {
            double sum = 0;
            for (MinorColumn m : run) {
                sum += values.get(m)[row];
            }
            if (Math.abs(sum - p[row]) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    private static double[] numbers(CsvFile csv, List<CsvRow> rows, int column, String name) throws DataFormatException {
        double[] v = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CsvRow r = rows.get(i);
            String text = r.get(column);
            v[i] = Numbers.parse(text).orElseThrow(() -> new DataFormatException(csv.where(r, column, name)
                    + ": expected a number, found '" + text + "'"));
        }
        return v;
    }

    private static boolean isMajorIndustry(String k) {
        int n = Integer.parseInt(k);
        return n >= 1 && n <= MAJOR_INDUSTRIES.size();
    }

    static String majorLegend() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < MAJOR_INDUSTRIES.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(i + 1).append(' ').append(MAJOR_INDUSTRIES.get(i));
        }
        return b.toString();
    }
}
