package jp.chiikiatlas.geo.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole input file, turning I/O failures into a message for the user. */
final class FileBytes {
    private FileBytes() {
    }

    static byte[] read(Path file) throws BoundaryFormatException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BoundaryFormatException("cannot read " + file + ": " + e.getMessage()
                    + " (check that the file exists and is readable)", e);
        }
    }
}
