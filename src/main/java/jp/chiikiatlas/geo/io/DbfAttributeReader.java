package jp.chiikiatlas.geo.io;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the attribute rows of a shapefile's .dbf (with javadbf), in file order. */
final class DbfAttributeReader {
    private DbfAttributeReader() {
    }

    /** @return one N03 attribute map per DBF row, deleted rows included so rows stay aligned with shapes */
    static List<Map<String, String>> read(byte[] dbf, String dbfName, Charset charset) throws BoundaryFormatException {
        List<Map<String, String>> rows = new ArrayList<>();
        int announced = -1;
        try (DBFReader reader = new DBFReader(new ByteArrayInputStream(dbf), charset, true)) {
            announced = reader.getRecordCount();
            int fields = reader.getFieldCount();
            String[] names = new String[fields];
            for (int f = 0; f < fields; f++) {
                names[f] = reader.getField(f).getName().strip();
            }
            Object[] row;
            while ((row = reader.nextRecord()) != null) {
                N03Attributes attributes = new N03Attributes();
                for (int f = 0; f < fields && f < row.length; f++) {
                    attributes.put(names[f], row[f]);
                }
                rows.add(attributes.toMap());
            }
        } catch (DBFException e) {
            throw failure(dbf, dbfName, rows.size(), announced, e);
        }
        if (announced != rows.size()) {
            throw new BoundaryFormatException(dbfName + ": the header announces " + announced + " rows but the file"
                    + " holds " + rows.size() + ": the file is truncated; copy the .dbf that came with the .shp again");
        }
        return rows;
    }

    private static BoundaryFormatException failure(byte[] dbf, String dbfName, int rowsRead, int announced,
            DBFException e) {
        boolean endOfFile = e.getCause() instanceof EOFException || e.getMessage() == null;
        String what;
        if (announced < 0) {
            what = endOfFile ? "its header is incomplete (" + dbf.length + " bytes)" : "its header cannot be read";
        } else {
            String row = "row " + (rowsRead + 1) + " of the " + announced + " its header announces";
            what = endOfFile ? "it ends in the middle of " + row : row + " cannot be read";
        }
        String detail = e.getMessage() == null || endOfFile ? "" : " (" + e.getMessage() + ")";
        return new BoundaryFormatException(dbfName + " cannot be read as a dBase table: " + what + detail
                + (endOfFile ? "; the file is truncated" : "") + "; copy the .dbf that came with the .shp again", e);
    }
}
