package jp.chiikiatlas.geo.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The bytes of one shapefile's sidecar files, wherever they came from (a folder or a zip).
 *
 * @param location how to name the shapefile in messages, without extension ({@code /dir/N03-21_210101}
 *                 or {@code a.zip!N03-20210101_GML/N03-21_210101})
 * @param prj      null when there is no .prj
 * @param cpg      null when there is no .cpg
 */
record ShapefileSource(String location, byte[] shp, byte[] shx, byte[] dbf, byte[] prj, byte[] cpg) {

    String name(String extension) {
        return location + "." + extension;
    }

    /** Reads {@code shp} and the files next to it with the same base name (extension in any case). */
    static ShapefileSource fromFolder(Path shp) throws BoundaryFormatException {
        String fileName = shp.getFileName().toString();
        String base = fileName.substring(0, fileName.length() - ".shp".length());
        Path folder = shp.toAbsolutePath().getParent();
        String location = folder.resolve(base).toString();
        byte[] shpBytes = readRequired(shp, location);
        return new ShapefileSource(location, shpBytes,
                readRequired(sibling(folder, base, "shx"), location),
                readRequired(sibling(folder, base, "dbf"), location),
                readOptional(sibling(folder, base, "prj")),
                readOptional(sibling(folder, base, "cpg")));
    }

    /** Exact name first; otherwise the same name with the extension in another case (.SHX, .Dbf). */
    private static Path sibling(Path folder, String base, String extension) throws BoundaryFormatException {
        Path exact = folder.resolve(base + "." + extension);
        if (Files.exists(exact)) {
            return exact;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(base + "." + extension))
                    .findFirst().orElse(exact);
        } catch (IOException e) {
            throw new BoundaryFormatException("cannot list folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readRequired(Path file, String location) throws BoundaryFormatException {
        if (!Files.isRegularFile(file)) {
            throw new BoundaryFormatException(location + ".shp needs " + file.getFileName() + " next to it, but "
                    + file + " does not exist: a shapefile is several files (.shp, .shx, .dbf, .prj, .cpg);"
                    + " copy all of them from the download into the same folder");
        }
        return FileBytes.read(file);
    }

    private static byte[] readOptional(Path file) throws BoundaryFormatException {
        return Files.isRegularFile(file) ? FileBytes.read(file) : null;
    }
}
