package jp.chiikiatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core (everything outside {@code ui} packages) must not import JavaFX: it runs headless. */
class CoreHasNoJavaFxTest {
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void coreSourcesImportNoJavaFx() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !isUiPackage(p))
                    .filter(CoreHasNoJavaFxTest::importsJavaFx)
                    .toList();
        }
        assertThat(offenders).as("core classes importing javafx.*").isEmpty();
    }

    @Test
    void thereAreCoreSourcesToCheck() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).filter(p -> !isUiPackage(p)).count())
                    .isGreaterThan(10);
        }
    }

    private static boolean isUiPackage(Path source) {
        for (Path part : MAIN_SOURCES.relativize(source).getParent()) {
            if (part.toString().equals("ui")) {
                return true;
            }
        }
        return false;
    }

    private static boolean importsJavaFx(Path source) {
        try {
            return Files.readAllLines(source).stream()
                    .map(String::strip)
                    .anyMatch(l -> l.startsWith("import javafx.") || l.startsWith("import static javafx.")
                            || l.contains(" javafx.") && !l.startsWith("*") && !l.startsWith("//"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
