package jp.chiikiatlas.geo.io;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import java.io.ByteArrayInputStream;
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
        try (DBFReader reader = new DBFReader(new ByteArrayInputStream(dbf), charset, true)) {
            int fields = reader.getFieldCount();
            String[] names = new String[fields];
            for (int f = 0; f < fields; f++) {
                names[f] = reader.getField(f).getName().strip();
            }
            List<Map<String, String>> rows = new ArrayList<>(Math.max(0, reader.getRecordCount()));
            Object[] row;
            while ((row = reader.nextRecord()) != null) {
                N03Attributes attributes = new N03Attributes();
                for (int f = 0; f < fields && f < row.length; f++) {
                    attributes.put(names[f], row[f]);
                }
                rows.add(attributes.toMap());
            }
            if (reader.getRecordCount() != rows.size()) {
                throw new BoundaryFormatException(dbfName + ": the header announces " + reader.getRecordCount()
                        + " rows but the file holds " + rows.size() + ": the file is truncated; copy it again");
            }
            return rows;
        } catch (DBFException e) {
            throw new BoundaryFormatException(dbfName + " cannot be read as a dBase table (" + e.getMessage()
                    + "): copy the .dbf that came with the .shp again", e);
        }
    }
}
