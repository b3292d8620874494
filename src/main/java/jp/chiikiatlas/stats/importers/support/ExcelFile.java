package jp.chiikiatlas.stats.importers.support;

import java.io.IOException;
import java.nio.file.Path;
import jp.chiikiatlas.stats.DataFormatException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Opens .xls / .xlsx read-only, turning POI's many failure types into one clear DataFormatException. */
public final class ExcelFile implements AutoCloseable {
    private final String fileName;
    private final Workbook workbook;

    private ExcelFile(String fileName, Workbook workbook) {
        this.fileName = fileName;
        this.workbook = workbook;
    }

    public static ExcelFile open(Path file) throws DataFormatException {
        String name = file.getFileName().toString();
        try {
            return new ExcelFile(name, WorkbookFactory.create(file.toFile(), null, true));
        } catch (IOException | RuntimeException e) {
            // truncated zips, HTML saved as .xls, empty files: POI throws a dozen different types
            throw new DataFormatException(name + ": cannot be opened as an Excel workbook (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ") — expected a complete .xls/.xlsx file; is it truncated or damaged?", e);
        }
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
