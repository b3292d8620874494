package jp.chiikiatlas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.chiikiatlas.app.cli.AtlasCommand;
import picocli.CommandLine;

/**
 * A cache with the national boundaries and the real 住基 tables (dynamics 2015–2025, age tables),
 * imported once per test JVM with {@code import --data} on a folder of links to ../shared/data —
 * only those files, so it takes seconds, not the full import. Tests must only read it.
 */
public final class ImportedPopulation {
    private static Path cacheFile;

    private ImportedPopulation() {
    }

    /** The cache file; skips the calling test when ../shared/data is absent. */
    public static synchronized Path cacheFile() throws Exception {
        SharedData.require(SharedData.NATIONAL_TOPOJSON);
        SharedData.require(SharedData.ROOT.resolve("population/juki-dynamics"));
        SharedData.require(SharedData.ROOT.resolve("population/juki-age"));
        if (cacheFile == null) {
            Path dir = Files.createTempDirectory("chiiki-population-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            Path data = dir.resolve("data");
            link(data, "boundaries/n03-2021-01-01/N03-21_210101.topojson");
            linkFiles(data, "population/juki-dynamics");
            linkFiles(data, "population/juki-age");
            Path file = dir.resolve("atlas.sqlite");
            StringWriter out = new StringWriter();
            CommandLine cli = AtlasCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(out, true));
            int code = cli.execute("import", "--data", data.toString(), "--cache", file.toString());
            assertThat(code).as(out.toString()).isZero();
            cacheFile = file;
        }
        return cacheFile;
    }

    private static void link(Path data, String relative) throws IOException {
        Path link = data.resolve(relative);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, SharedData.ROOT.resolve(relative).toAbsolutePath().normalize());
    }

    /** Each file on its own: the folder import does not follow a linked folder. */
    private static void linkFiles(Path data, String folder) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.ROOT.resolve(folder))) {
            for (Path f : files.toList()) {
                link(data, folder + "/" + f.getFileName());
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
