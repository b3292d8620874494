package jp.chiikiatlas.stats.importers.juki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.chiikiatlas.geo.RegionCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small hand-made 住基 dynamics tables in the 2021+ layout (title, year rows, two label rows,
 * 団体コード/unit row, then 合計, prefecture, municipalities, a county row and a footnote), with
 * hooks to move columns, insert rows or break cells.
 */
public final class JukiFixtures {
    /** Header labels of the value columns, in the published order (group, leaf). */
    public static final String[][] COLUMNS = {
            {"人口", "男"}, {"人口", "女"}, {"人口", "計"}, {"世帯数", "世帯数"},
            {"住民票記載数", "転入者数（国内）"}, {"住民票記載数", "転入者数（国外）"}, {"住民票記載数", "転入者数（計）"},
            {"住民票記載数", "出生者数"}, {"住民票記載数", "その他（計）"}, {"住民票記載数", "計（Ａ）"},
            {"住民票消除数", "転出者数（国内）"}, {"住民票消除数", "転出者数（国外）"}, {"住民票消除数", "転出者数（計）"},
            {"住民票消除数", "死亡者数"}, {"住民票消除数", "その他（計）"}, {"住民票消除数", "計（Ｂ）"},
            {"増減数(Ａ)-(Ｂ)", "増減数(Ａ)-(Ｂ)"}, {"自然増減数", "自然増減数"}, {"社会増減数", "社会増減数"}};

    /** One data row: code (six digits or "-"), prefecture, name, then one value per column of {@link #COLUMNS}. */
    public record DataRow(String code, String prefecture, String name, Object[] values) {
    }

    private JukiFixtures() {
    }

    /** Values for a region whose population total is {@code population}; other counts derived from it. */
    public static Object[] values(int population) {
        int male = population / 2;
        return new Object[]{male, population - male, population, population / 2 + 1, 100, 10, 110, 20, 1, 131, 90, 5,
                95, 30, 2, 127, 4, -10, 14};
    }

    /** The standard small table: Japan, 北海道, 札幌市, 函館市, a county row 石狩郡 and its town. */
    public static List<DataRow> standardRows() {
        List<DataRow> rows = new ArrayList<>();
        rows.add(new DataRow("-", "合計", "-", values(3000)));
        rows.add(new DataRow(code6("01000"), "北海道", "-", values(3000)));
        rows.add(new DataRow(code6("01100"), "北海道", "札幌市", values(2000)));
        rows.add(new DataRow(code6("01202"), "北海道", "函館市", values(700)));
        rows.add(new DataRow(code6("01300"), "北海道", "石狩郡", values(300)));
        rows.add(new DataRow(code6("01303"), "北海道", "石狩郡当別町", values(300)));
        return rows;
    }

    public static String code6(String code5) {
        return RegionCode.withCheckDigit(code5);
    }

    /**
     * Writes a table. {@code order} permutes the value columns (null: published order);
     * {@code extraHeaderRows} inserts blank rows above the header (a "moved" header).
     */
    public static Path writeDynamics(Path file, String title, List<DataRow> rows, int[] order, int extraHeaderRows)
            throws IOException {
        int[] columns = order != null ? order : identity(COLUMNS.length);
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("人口、世帯数、人口動態（市区町村別）【総計】");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(title);
            r += extraHeaderRows;
            Row group = sheet.createRow(r++);
            Row leaf = sheet.createRow(r++);
            Row codes = sheet.createRow(r++);
            codes.createCell(0).setCellValue("団体コード");
            codes.createCell(1).setCellValue("都道府県名");
            codes.createCell(2).setCellValue("市区町村名");
            for (int i = 0; i < columns.length; i++) {
                group.createCell(3 + i).setCellValue(COLUMNS[columns[i]][0]);
                leaf.createCell(3 + i).setCellValue(COLUMNS[columns[i]][1]);
                codes.createCell(3 + i).setCellValue(COLUMNS[columns[i]][0].equals("世帯数") ? "世帯" : "人");
            }
            for (DataRow data : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(data.code());
                row.createCell(1).setCellValue(data.prefecture());
                row.createCell(2).setCellValue(data.name());
                for (int i = 0; i < columns.length; i++) {
                    Object v = data.values()[columns[i]];
                    if (v instanceof Number n) {
                        row.createCell(3 + i).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(3 + i).setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createRow(r).createCell(0).setCellValue("注1：増減率、自然増減率及び社会増減率内の「-」は、「皆増」を示す");
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    public static Path writeDynamics(Path file, int year, List<DataRow> rows) throws IOException {
        return writeDynamics(file, title(year), rows, null, 0);
    }

    /** A title like the published one, e.g. 令和7年1月1日… for 2025. */
    public static String title(int year) {
        return "令和" + (year - 2018) + "年1月1日住民基本台帳人口・世帯数、令和" + (year - 2019)
                + "年（1月1日から同年12月31日まで）人口動態（市区町村別）（総計）";
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return order;
    }
}
