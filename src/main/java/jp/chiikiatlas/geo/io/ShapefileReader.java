package jp.chiikiatlas.geo.io;

import jp.chiikiatlas.geo.Geometries;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the polygon geometries of an ESRI shapefile (.shp located through its .shx index).
 *
 * <p>Our own reader rather than GeoTools: N03 files only need polygons, and we want error messages
 * that name the record and byte offset. Layout (ESRI Shapefile Technical Description, 1998): a
 * 100-byte header, big-endian file code 9994 and length in 16-bit words, little-endian version 1000
 * and shape type; each record has a big-endian number and content length, then little-endian content.
 */
final class ShapefileReader {
    static final int HEADER_BYTES = 100;
    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;
    private static final int NULL_SHAPE = 0;
    private static final int POLYGON = 5;
    private static final int POLYGON_Z = 15;
    private static final int POLYGON_M = 25;

    /** Geometries in record order (empty MultiPolygon for a null shape) and what is worth telling. */
    record Shapes(List<Geometry> geometries, List<String> notes) {
    }

    private final String shpName;
    private final ByteBuffer shp;
    private final String shxName;
    private final ByteBuffer shx;
    private final List<String> notes = new ArrayList<>();

    private ShapefileReader(String shpName, byte[] shp, String shxName, byte[] shx) {
        this.shpName = shpName;
        this.shp = ByteBuffer.wrap(shp);
        this.shxName = shxName;
        this.shx = ByteBuffer.wrap(shx);
    }

    /**
     * @param shpName name of the .shp used in messages (a path, or zip!entry)
     * @param shxName name of the .shx used in messages
     */
    static Shapes read(String shpName, byte[] shp, String shxName, byte[] shx) throws BoundaryFormatException {
        return new ShapefileReader(shpName, shp, shxName, shx).readAll();
    }

    private Shapes readAll() throws BoundaryFormatException {
        checkHeader(shpName, shp, "copy the complete .shp again");
        checkHeader(shxName, shx, "copy the .shx that came with the .shp again");
        int shxBytes = shx.capacity();
        if ((shxBytes - HEADER_BYTES) % 8 != 0) {
            throw new BoundaryFormatException(shxName + ": " + shxBytes + " bytes is not a 100-byte header plus"
                    + " 8-byte index entries: the index is damaged; copy the .shx that came with the .shp again");
        }
        int count = (shxBytes - HEADER_BYTES) / 8;
        if (count == 0) {
            throw new BoundaryFormatException(shpName + " has a header but no records (" + shp.capacity()
                    + " bytes): it contains no areas; export or download the boundary file again");
        }
        List<Geometry> geometries = new ArrayList<>(count);
        long end = HEADER_BYTES;
        for (int i = 0; i < count; i++) {
            long offset = 2L * bigEndianInt(shx, HEADER_BYTES + 8 * i);
            geometries.add(readRecord(i + 1, offset));
            end = Math.max(end, offset + 8 + 2L * bigEndianInt(shp, (int) offset + 4));
        }
        if (end < shp.capacity()) {
            // The .shx is the index we trust for record positions: extra bytes mean the two disagree
            throw new BoundaryFormatException(shpName + " continues after the " + count + " records listed in "
                    + shxName + " (last record ends at byte offset " + end + " of " + shp.capacity()
                    + "): the .shx does not belong to this .shp; copy both files from the same download");
        }
        return new Shapes(geometries, notes);
    }

    private static void checkHeader(String name, ByteBuffer file, String advice) throws BoundaryFormatException {
        int size = file.capacity();
        if (size == 0) {
            throw new BoundaryFormatException(name + " is empty (0 bytes): " + advice);
        }
        if (size < HEADER_BYTES) {
            throw new BoundaryFormatException(name + " is only " + size + " bytes, shorter than the 100-byte"
                    + " shapefile header: the file is truncated; " + advice);
        }
        int code = bigEndianInt(file, 0);
        int version = file.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(28);
        if (code != FILE_CODE || version != VERSION) {
            throw new BoundaryFormatException(name + " is not a shapefile (file code " + code + " at byte offset 0,"
                    + " version " + version + " at byte offset 28; expected 9994 and 1000): " + advice);
        }
    }

    private Geometry readRecord(int number, long offset) throws BoundaryFormatException {
        int size = shp.capacity();
        if (offset < HEADER_BYTES || offset + 8 > size) {
            throw truncated(number, offset, "its header");
        }
        int at = (int) offset;
        int contentBytes = 2 * bigEndianInt(shp, at + 4);
        if (contentBytes < 4 || (long) at + 8 + contentBytes > size) {
            throw truncated(number, offset, contentBytes + " bytes of content");
        }
        ByteBuffer content = shp.slice(at + 8, contentBytes).order(ByteOrder.LITTLE_ENDIAN);
        int type = content.getInt(0);
        if (type == NULL_SHAPE) {
            notes.add(shpName + " record " + number + " has no geometry (null shape): kept with an empty geometry");
            return Geometries.empty();
        }
        if (type != POLYGON && type != POLYGON_Z && type != POLYGON_M) {
            throw new BoundaryFormatException(shpName + " record " + number + " (byte offset " + offset + ") holds a "
                    + typeName(type) + " (shape type " + type + "): this is not an administrative-area polygon file;"
                    + " import the N03 polygon shapefile instead");
        }
        return readPolygon(number, offset, content);
    }

    private BoundaryFormatException truncated(int number, long offset, String what) {
        return new BoundaryFormatException(shpName + ": record " + number + " at byte offset " + offset + " ("
                + what + ") runs past the end of the file (" + shp.capacity() + " bytes): the file is truncated;"
                + " copy or download it again");
    }

    /** Polygon, PolygonZ and PolygonM share the x/y part; Z and M arrays after the points are ignored. */
    private Geometry readPolygon(int number, long offset, ByteBuffer content) throws BoundaryFormatException {
        int length = content.capacity();
        int parts = length >= 44 ? content.getInt(36) : -1;
        int points = length >= 44 ? content.getInt(40) : -1;
        long needed = 44L + 4L * parts + 16L * points;
        if (parts < 1 || points < 0 || needed > length) {
            throw new BoundaryFormatException(shpName + " record " + number + " (byte offset " + offset + "): "
                    + parts + " parts and " + points + " points do not fit its " + length + " bytes of content:"
                    + " the file is damaged; download it again");
        }
        int pointsAt = 44 + 4 * parts;
        List<Coordinate[]> rings = new ArrayList<>(parts);
        int dropped = 0;
        for (int p = 0; p < parts; p++) {
            int start = content.getInt(44 + 4 * p);
            int stop = p + 1 < parts ? content.getInt(44 + 4 * (p + 1)) : points;
            if (start < 0 || stop > points || start > stop) {
                throw new BoundaryFormatException(shpName + " record " + number + " (byte offset " + offset
                        + "): part " + p + " spans points " + start + " to " + stop + " of " + points
                        + ": the file is damaged; download it again");
            }
            Coordinate[] ring = ring(content, pointsAt, start, stop);
            if (ring == null) {
                dropped++;
            } else {
                rings.add(ring);
            }
        }
        if (dropped > 0) {
            notes.add(shpName + " record " + number + ": left out " + dropped
                    + " degenerate ring(s) with fewer than 3 distinct points");
        }
        return rings.isEmpty() ? Geometries.empty() : ShapeRings.assemble(rings);
    }

    /** The ring's points, closed if the writer forgot; null when too few points to enclose an area. */
    private static Coordinate[] ring(ByteBuffer content, int pointsAt, int start, int stop) {
        int n = stop - start;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            int at = pointsAt + 16 * (start + i);
            ring[i] = new Coordinate(content.getDouble(at), content.getDouble(at + 8));
        }
        if (n > 0 && ring[0].equals2D(ring[n - 1])) {
            ring = Arrays.copyOf(ring, n);
        } else if (n > 0) {
            ring[n] = ring[0].copy();
        }
        return ring.length >= 4 ? ring : null;
    }

    /** The spec's "big endian" fields (file code, lengths, offsets); a fresh ByteBuffer is big-endian. */
    private static int bigEndianInt(ByteBuffer buffer, int at) {
        return buffer.getInt(at);
    }

    private static String typeName(int type) {
        return switch (type) {
            case 1, 11, 21 -> "point";
            case 3, 13, 23 -> "line (polyline)";
            case 8, 18, 28 -> "multipoint";
            case 31 -> "multipatch";
            default -> "shape of unknown type";
        };
    }
}
