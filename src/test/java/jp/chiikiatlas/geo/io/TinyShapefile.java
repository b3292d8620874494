package jp.chiikiatlas.geo.io;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds small shapefiles byte by byte for tests, following the ESRI spec, so that no real data
 * file has to be committed. Rings are flat {@code x0, y0, x1, y1, …} arrays, written as given.
 */
final class TinyShapefile {
    static final String JGD2011_PRJ = "GEOGCS[\"GCS_JGD_2011\",DATUM[\"D_JGD_2011\",SPHEROID[\"GRS_1980\",6378137.0,"
            + "298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    static final List<String> FIELDS = List.of("N03_001", "N03_002", "N03_003", "N03_004", "N03_007");

    private record Shape(int type, double[][] rings) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Map<String, String>> rows = new ArrayList<>();
    private Charset dbfCharset = ShapefileCharsets.WINDOWS_31J;
    private String cpg = "CP932";
    private String prj = JGD2011_PRJ;

    /** A square ring from (x0, y0) to (x1, y1), clockwise (outer ring) when {@code clockwise}. */
    static double[] square(double x0, double y0, double x1, double y1, boolean clockwise) {
        return clockwise ? new double[] {x0, y0, x0, y1, x1, y1, x1, y0, x0, y0}
                : new double[] {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0};
    }

    TinyShapefile polygon(Map<String, String> attributes, double[]... rings) {
        return shape(5, attributes, rings);
    }

    /** Shape type 0 (null), 1 (point: first coordinate), 3/5/15/25 (parts and points). */
    TinyShapefile shape(int type, Map<String, String> attributes, double[]... rings) {
        shapes.add(new Shape(type, rings));
        rows.add(attributes);
        return this;
    }

    TinyShapefile dbfCharset(Charset charset) {
        this.dbfCharset = charset;
        return this;
    }

    /** null: no .cpg file. */
    TinyShapefile cpg(String value) {
        this.cpg = value;
        return this;
    }

    /** null: no .prj file. */
    TinyShapefile prj(String wkt) {
        this.prj = wkt;
        return this;
    }

    /** Writes base.shp/.shx/.dbf (and .prj/.cpg when set) into {@code folder}; returns the .shp. */
    Path writeTo(Path folder, String base) throws IOException {
        byte[][] shpAndShx = shpAndShx();
        Files.write(folder.resolve(base + ".shp"), shpAndShx[0]);
        Files.write(folder.resolve(base + ".shx"), shpAndShx[1]);
        Files.write(folder.resolve(base + ".dbf"), dbf());
        if (prj != null) {
            Files.writeString(folder.resolve(base + ".prj"), prj, StandardCharsets.US_ASCII);
        }
        if (cpg != null) {
            Files.writeString(folder.resolve(base + ".cpg"), cpg, StandardCharsets.UTF_8);
        }
        return folder.resolve(base + ".shp");
    }

    /** Byte offset of record {@code number} (1-based) in the .shp. */
    long recordOffset(int number) {
        long offset = ShapefileReader.HEADER_BYTES;
        for (int i = 0; i < number - 1; i++) {
            offset += 8 + content(shapes.get(i)).length;
        }
        return offset;
    }

    private byte[][] shpAndShx() {
        List<byte[]> contents = shapes.stream().map(TinyShapefile::content).toList();
        int shpLength = ShapefileReader.HEADER_BYTES + contents.stream().mapToInt(c -> 8 + c.length).sum();
        int shxLength = ShapefileReader.HEADER_BYTES + 8 * contents.size();
        int headerType = shapes.stream().mapToInt(Shape::type).filter(t -> t != 0).findFirst().orElse(5);
        ByteBuffer shp = ByteBuffer.allocate(shpLength);
        ByteBuffer shx = ByteBuffer.allocate(shxLength);
        header(shp, shpLength, headerType);
        header(shx, shxLength, headerType);
        int number = 1;
        for (byte[] content : contents) {
            shx.order(ByteOrder.BIG_ENDIAN).putInt(shp.position() / 2).putInt(content.length / 2);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(number++).putInt(content.length / 2);
            shp.put(content);
        }
        return new byte[][] {shp.array(), shx.array()};
    }

    private static void header(ByteBuffer file, int length, int type) {
        file.order(ByteOrder.BIG_ENDIAN).putInt(9994).put(new byte[20]).putInt(length / 2);
        file.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        file.put(new byte[64]); // bounding box: readers must not depend on it
    }

    private static byte[] content(Shape shape) {
        if (shape.type() == 0) {
            return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
        }
        if (shape.type() == 1) {
            return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(1)
                    .putDouble(shape.rings()[0][0]).putDouble(shape.rings()[0][1]).array();
        }
        double[][] rings = shape.rings();
        int points = 0;
        for (double[] ring : rings) {
            points += ring.length / 2;
        }
        boolean z = shape.type() == 15;
        boolean m = shape.type() == 15 || shape.type() == 25;
        int size = 44 + 4 * rings.length + 16 * points + (z ? 16 + 8 * points : 0) + (m ? 16 + 8 * points : 0);
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(shape.type()).put(new byte[32]).putInt(rings.length).putInt(points);
        int start = 0;
        for (double[] ring : rings) {
            b.putInt(start);
            start += ring.length / 2;
        }
        for (double[] ring : rings) {
            for (double v : ring) {
                b.putDouble(v);
            }
        }
        // Z and M values that would be nonsense as x/y, so a reader that used them would fail the test
        for (int k = 0; k < (z ? 1 : 0) + (m ? 1 : 0); k++) {
            b.putDouble(-999).putDouble(999);
            for (int p = 0; p < points; p++) {
                b.putDouble(999);
            }
        }
        return b.array();
    }

    private byte[] dbf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DBFWriter writer = new DBFWriter(out, dbfCharset);
        writer.setFields(FIELDS.stream().map(f -> new DBFField(f, DBFDataType.CHARACTER, 80)).toArray(DBFField[]::new));
        for (Map<String, String> row : rows) {
            writer.addRecord(FIELDS.stream().map(row::get).toArray());
        }
        writer.close();
        return out.toByteArray();
    }
}
