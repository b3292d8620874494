package jp.chiikiatlas.geo.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the shapefile inside a zip as MLIT serves it ({@code N03-20210101_GML.zip} with a folder
 * inside). The zip is streamed once, hashing it on the way, and only the shapefile's own parts are
 * kept in memory: no temporary files to clean up, and MLIT's large GML/GeoJSON entries are skipped.
 */
final class ZipShapefileReader {
    private static final List<String> PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");

    private ZipShapefileReader() {
    }

    static BoundaryFile read(Path zip) throws BoundaryFormatException {
        ZipContent content = entries(zip);
        String base = chooseShapefile(zip, content.shapefiles());
        String location = zip + "!" + base;
        byte[][] parts = new byte[PARTS.size()][];
        for (int i = 0; i < PARTS.size(); i++) {
            parts[i] = content.parts().get((base + "." + PARTS.get(i)).toLowerCase(Locale.ROOT));
        }
        for (int i = 1; i <= 2; i++) {
            if (parts[i] == null) {
                throw new BoundaryFormatException(zip + " holds " + base + ".shp but no " + base + "." + PARTS.get(i)
                        + ": a shapefile needs .shp, .shx and .dbf together; download the zip again");
            }
        }
        ShapefileSource source = new ShapefileSource(location, parts[0], parts[1], parts[2], parts[3], parts[4]);
        BoundaryFile file = ShapefileBoundaryReader.read(zip, source, content.sha256());
        if (content.shapefiles().size() == 1) {
            return file;
        }
        List<String> notes = new ArrayList<>();
        notes.add(zip + ": read " + base + ".shp, the N03 municipal shapefile; also in the zip: "
                + content.shapefiles().stream().filter(s -> !s.equals(base)).map(s -> s + ".shp").toList());
        notes.addAll(file.notes());
        return new BoundaryFile(file.path(), file.sha256(), file.features(), List.copyOf(notes));
    }

    /**
     * @param parts      shapefile parts by lower-cased entry name
     * @param shapefiles the .shp entries without extension, as spelled in the zip
     * @param sha256     of the whole zip file
     */
    private record ZipContent(Map<String, byte[]> parts, List<String> shapefiles, String sha256) {
    }

    private static ZipContent entries(Path zip) throws BoundaryFormatException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> shapefiles = new ArrayList<>();
        MessageDigest digest = sha256();
        try (InputStream file = new DigestInputStream(new BufferedInputStream(Files.newInputStream(zip)), digest);
                // Names without the UTF-8 flag are decoded as Windows Japanese, as Japanese zip tools write them
                ZipInputStream in = new ZipInputStream(file, ShapefileCharsets.WINDOWS_31J)) {
            ZipEntry entry;
            int count = 0;
            while ((entry = in.getNextEntry()) != null) {
                count++;
                String name = entry.getName();
                // macOS archives carry "__MACOSX/._x.shp" resource forks that are not shapefiles
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || !isShapefilePart(name)) {
                    continue;
                }
                entries.put(name.toLowerCase(Locale.ROOT), in.readAllBytes());
                if (name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
                    shapefiles.add(name.substring(0, name.length() - ".shp".length()));
                }
            }
            if (count == 0) {
                throw new ZipException("no entries found");
            }
            file.transferTo(OutputStream.nullOutputStream()); // the central directory, for the checksum
        } catch (IOException | IllegalArgumentException e) {
            // ZipException for garbage, EOFException for a zip cut short by an interrupted download,
            // IllegalArgumentException for an entry name that is not valid in its encoding
            throw new BoundaryFormatException(zip + " is not a complete zip archive (" + e.getMessage()
                    + "): download it again", e);
        }
        return new ZipContent(entries, shapefiles, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isShapefilePart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PARTS.stream().anyMatch(ext -> lower.endsWith("." + ext));
    }

    /**
     * The one shapefile, or among several the N03 municipal one (not {@code _prefectures});
     * returns the entry path without ".shp", as spelled in the zip.
     */
    private static String chooseShapefile(Path zip, List<String> shapefiles) throws BoundaryFormatException {
        if (shapefiles.isEmpty()) {
            throw new BoundaryFormatException(zip + " contains no .shp file: give the zip of the N03 shapefile"
                    + " as downloaded from MLIT (国土数値情報), or unzip it and give the .geojson/.shp inside");
        }
        if (shapefiles.size() == 1) {
            return shapefiles.get(0);
        }
        List<String> municipal = shapefiles.stream().filter(ZipShapefileReader::isMunicipalN03).toList();
        if (municipal.size() == 1) {
            return municipal.get(0);
        }
        throw new BoundaryFormatException(zip + " contains several shapefiles (" + String.join(".shp, ", shapefiles)
                + ".shp) and none is clearly the N03 municipal one: unzip it and import the .shp you want");
    }

    private static boolean isMunicipalN03(String entryBase) {
        String file = entryBase.substring(entryBase.lastIndexOf('/') + 1);
        return file.startsWith("N03-") && !file.toLowerCase(Locale.ROOT).endsWith("_prefectures");
    }
}
