package jp.chiikiatlas.geo.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
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
 * inside), in memory: no temporary files to clean up, and the zip is small (a few MB).
 */
final class ZipShapefileReader {
    private static final List<String> PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");

    private ZipShapefileReader() {
    }

    static BoundaryFile read(Path zip) throws BoundaryFormatException {
        byte[] bytes = ShapefileSource.readBytes(zip);
        ZipContent content = entries(zip, bytes);
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
        return ShapefileBoundaryReader.read(zip, source, Sha256.of(bytes));
    }

    /**
     * @param parts      shapefile parts by lower-cased entry name
     * @param shapefiles the .shp entries without extension, as spelled in the zip
     */
    private record ZipContent(Map<String, byte[]> parts, List<String> shapefiles) {
    }

    private static ZipContent entries(Path zip, byte[] bytes) throws BoundaryFormatException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> shapefiles = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
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
        } catch (ZipException e) {
            throw new BoundaryFormatException(zip + " is not a readable zip archive (" + e.getMessage()
                    + "): download it again", e);
        } catch (IOException e) {
            throw new BoundaryFormatException("cannot read " + zip + ": " + e.getMessage(), e);
        }
        return new ZipContent(entries, shapefiles);
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
