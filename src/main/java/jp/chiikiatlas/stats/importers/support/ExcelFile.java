package jp.chiikiatlas.stats.importers.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.chiikiatlas.stats.DataFormatException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens .xls / .xlsx read-only (WorkbookFactory picks HSSF or XSSF from the content, not the name),
 * turning POI's many failure types into one clear DataFormatException.
 */
public final class ExcelFile implements AutoCloseable {
    private final String fileName;
    private final Workbook workbook;

    private ExcelFile(String fileName, Workbook workbook) {
        this.fileName = fileName;
        this.workbook = workbook;
    }

    public static ExcelFile open(Path file) throws DataFormatException {
        String name = file.getFileName().toString();
        return new ExcelFile(name, workbook(file, name));
    }

    /**
     * The workbook in {@code file}, read-only; {@code shownAs} names the file in messages. A missing,
     * damaged, truncated or non-Excel file becomes a {@link DataFormatException}.
     */
    static Workbook workbook(Path file, String shownAs) throws DataFormatException {
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(shownAs + ": file not found.");
        }
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (Exception | LinkageError e) {
            // POI throws a zoo of types here (ZipException, NotOfficeXmlFileException, EmptyFileException,
            // RecordFormatException, IOException …; HTML saved as .xls): the user only needs to know the file
            // is unreadable.
            throw unreadable(shownAs, e);
        }
    }

    /** The one message for a file POI cannot read as a workbook. */
    static DataFormatException unreadable(String shownAs, Throwable cause) {
        return new DataFormatException(shownAs + ": cannot be read as an Excel workbook (.xls/.xlsx) — the file may be "
                + "truncated or damaged (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + "). Expected a complete workbook as published; download it again.", cause);
    }

    public String fileName() {
        return fileName;
    }

    /** The sheet named {@code name}, else the first sheet when {@code fallbackToFirst}. */
    public SheetCells sheet(String name, boolean fallbackToFirst) throws DataFormatException {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null && fallbackToFirst && workbook.getNumberOfSheets() > 0) {
            sheet = workbook.getSheetAt(0);
        }
        if (sheet == null) {
            throw new DataFormatException(fileName + ": no sheet named '" + name + "' — the layout changed or this is "
                    + "not the expected file");
        }
        return new SheetCells(fileName, sheet);
    }

    public java.util.List<String> sheetNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    public SheetCells firstSheet() throws DataFormatException {
        if (workbook.getNumberOfSheets() == 0) {
            throw new DataFormatException(fileName + ": the workbook has no sheets");
        }
        return new SheetCells(fileName, workbook.getSheetAt(0));
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only workbook: nothing was written, nothing to lose
        }
    }
}
