package jp.chiikiatlas.stats.importers.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.SAXParserFactory;
import jp.chiikiatlas.stats.DataFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of a .xls or .xlsx into a {@link Grid}, choosing by content (not by
 * name): .xls through POI's HSSF model, .xlsx streamed with SAX (shared strings without their
 * furigana runs). A damaged or truncated file becomes a {@link DataFormatException}.
 */
public final class Grids {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Grids() {
    }

    public static Grid firstSheet(Path file) throws DataFormatException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                throw unreadable(file, new IOException("file is " + Files.size(file) + " bytes"));
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (java.util.Arrays.equals(head, ZIP)) {
            return xlsx(file);
        }
        if (!java.util.Arrays.equals(head, OLE2)) {
            throw unreadable(file, new IOException("neither an .xls (OLE2) nor an .xlsx (zip) file"));
        }
        try (Workbook workbook = ExcelFile.workbook(file, file.toString())) {
            return of(workbook.getSheetAt(0));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** A POI sheet as a grid (used for .xls). */
    public static Grid of(Sheet sheet) {
        Grid grid = new Grid(sheet.getSheetName());
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                Object value = switch (type) {
                    case NUMERIC -> cell.getNumericCellValue();
                    case STRING -> cell.getStringCellValue();
                    case BLANK -> null;
                    default -> formatter.formatCellValue(cell);
                };
                if (value != null) {
                    grid.set(row.getRowNum(), cell.getColumnIndex(), value);
                }
            }
        }
        sheet.getMergedRegions().forEach(grid::merge);
        return grid;
    }

    private static Grid xlsx(Path file) throws DataFormatException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new DataFormatException(file + ": the workbook has no worksheet.");
            }
            try (InputStream sheet = sheets.next()) {
                Grid grid = new Grid(sheets.getSheetName());
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setContentHandler(new SheetHandler(grid, strings));
                xml.parse(new InputSource(sheet));
                return grid;
            }
        } catch (DataFormatException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw unreadable(file, e);
        }
    }

    private static DataFormatException unreadable(Path file, Throwable cause) {
        return ExcelFile.unreadable(file.toString(), cause);
    }

    /** SpreadsheetML {@code <c r="D7" t="s"><v>12</v></c>} cells and {@code <mergeCell ref="D3:F3"/>}. */
    private static final class SheetHandler extends DefaultHandler {
        private final Grid grid;
        private final ReadOnlySharedStringsTable strings;
        private final StringBuilder text = new StringBuilder();
        private String ref;
        private String type;
        private boolean inValue;
        private int nextRow;
        private int nextColumn;

        SheetHandler(Grid grid, ReadOnlySharedStringsTable strings) {
            this.grid = grid;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    nextRow = r != null ? Integer.parseInt(r) - 1 : nextRow;
                    nextColumn = 0;
                }
                case "c" -> {
                    ref = attributes.getValue("r");
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> {
                    inValue = !"t".equals(localName) || "inlineStr".equals(type);
                    if ("v".equals(localName)) {
                        text.setLength(0);
                    }
                }
                case "mergeCell" -> grid.merge(CellRangeAddress.valueOf(attributes.getValue("ref")));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    int row = nextRow;
                    int column = nextColumn;
                    if (ref != null) {
                        CellReference cell = new CellReference(ref);
                        row = cell.getRow();
                        column = cell.getCol();
                    }
                    nextColumn = column + 1;
                    Object value = value();
                    if (value != null) {
                        grid.set(row, column, value);
                    }
                }
                case "row" -> nextRow++;
                default -> {
                }
            }
        }

        private Object value() {
            if (text.length() == 0) {
                return null;
            }
            String v = text.toString();
            if (type == null || type.equals("n")) {
                return Double.parseDouble(v);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(v)).getString();
                case "b" -> v.equals("1") ? "TRUE" : "FALSE";
                default -> v; // str (formula text), inlineStr, e (error text)
            };
        }
    }
}
