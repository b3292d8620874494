package jp.chiikiatlas.stats.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared real data folder; tests using it are skipped where it is absent. */
final class RealData {
    static final Path ROOT = Path.of("../shared/data");

    private RealData() {
    }

    static Path file(String relative) {
        Assumptions.assumeTrue(Files.isDirectory(ROOT), "../shared/data absent");
        Path p = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), p + " absent");
        return p;
    }
}
