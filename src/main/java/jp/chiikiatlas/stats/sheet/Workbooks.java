package jp.chiikiatlas.stats.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.chiikiatlas.stats.DataFormatException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Opens .xls and .xlsx alike (WorkbookFactory picks HSSF or XSSF from the content, not the name). */
public final class Workbooks {
    private Workbooks() {
    }

    /** Opens read-only; a damaged, truncated or non-Excel file becomes a {@link DataFormatException}. */
    public static Workbook open(Path file) throws DataFormatException {
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file + ": file not found.");
        }
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (Exception | LinkageError e) {
            // POI throws a zoo of types here (ZipException, NotOfficeXmlFileException, EmptyFileException,
            // RecordFormatException, IOException …): the user only needs to know the file is unreadable.
            throw new DataFormatException(file + ": cannot be read as an Excel workbook (.xls/.xlsx) — "
                    + "the file may be truncated or damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Expected a complete workbook as published; download it again.", e);
        }
    }
}
