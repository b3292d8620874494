package jp.chiikiatlas.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.manifest.BoundaryImportHook;
import jp.chiikiatlas.stats.manifest.DataFolderImport;
import jp.chiikiatlas.stats.manifest.ImporterRegistry;
import jp.chiikiatlas.stats.manifest.Manifest;

/**
 * A cache built by {@code import --data} from a few real files of ../shared/data (the national
 * boundaries plus the given files or folders), once per test JVM for each distinct list.
 */
public final class ImportedSubset {
    public static final String NATIONAL_BOUNDARIES = "boundaries/n03-2021-01-01/N03-21_210101.topojson";

    private static final Map<List<String>, Path> CACHES = new HashMap<>();

    private ImportedSubset() {
    }

    /**
     * The cache holding the boundaries and {@code relative} (files or folders under ../shared/data);
     * skips the calling test when any is absent.
     */
    public static synchronized Path of(String... relative) throws Exception {
        List<String> key = List.of(relative);
        SharedData.require(SharedData.NATIONAL_TOPOJSON);
        for (String r : key) {
            SharedData.require(SharedData.ROOT.resolve(r));
        }
        Path cached = CACHES.get(key);
        if (cached == null) {
            cached = build(key);
            CACHES.put(key, cached);
        }
        return cached;
    }

    private static Path build(List<String> relative) throws Exception {
        Path dir = Files.createTempDirectory("chiiki-test-cache");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        List<String> all = new ArrayList<>(relative);
        all.add(0, NATIONAL_BOUNDARIES);
        Path data = linkedDataFolder(dir, all.toArray(String[]::new));
        Path file = dir.resolve("atlas.sqlite");
        StringWriter log = new StringWriter();
        try (AtlasCache cache = AtlasCache.open(file)) {
            DataFolderImport.Outcome outcome = new DataFolderImport(Manifest.builtIn(), new ImporterRegistry(),
                    BoundaryImportHook.boundaryImporter(), new PrintWriter(log)).run(data, cache);
            if (outcome.anyFailed()) {
                throw new IllegalStateException("test import failed: " + outcome.failed() + "\n" + log);
            }
        }
        return file;
    }

    /**
     * A data folder laid out like ../shared/data holding links to the given real files; a folder is
     * linked file by file, since the folder import does not follow a linked folder.
     */
    public static Path linkedDataFolder(Path dir, String... relative) throws IOException {
        Path data = dir.resolve("data");
        for (String r : relative) {
            Path source = SharedData.ROOT.resolve(r);
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source)) {
                    for (Path f : files.toList()) {
                        link(data, r + "/" + f.getFileName());
                    }
                }
            } else {
                link(data, r);
            }
        }
        return data;
    }

    private static void link(Path data, String relative) throws IOException {
        Path target = data.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, SharedData.ROOT.resolve(relative).toAbsolutePath().normalize());
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
