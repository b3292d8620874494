package jp.chiikiatlas.stats.manifest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.store.SqliteStatisticsSink;

/**
 * Builds the cache from a folder laid out like {@code ../shared/data}: every file the manifest
 * knows goes to its importer, one transaction per file (a failed file is rolled back, the others
 * still import); files it does not know are listed as skipped. Boundaries go first, so the
 * statistics checks can use region levels.
 */
public final class DataFolderImport {
    /** What happened, for the exit code and for tests. */
    public record Outcome(List<ImportReport> imported, List<String> failed, List<String> skipped) {
        public boolean anyFailed() {
            return !failed.isEmpty();
        }
    }

    private final Manifest manifest;
    private final ImporterRegistry registry;
    private final BoundaryImportHook boundaries;
    private final PrintWriter out;

    public DataFolderImport(Manifest manifest, ImporterRegistry registry, BoundaryImportHook boundaries, PrintWriter out) {
        this.manifest = manifest;
        this.registry = registry;
        this.boundaries = boundaries;
        this.out = out;
    }

    public Outcome run(Path dataDir, AtlasCache cache) throws IOException {
        List<ImportReport> imported = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<ManifestEntry, List<Path>> byEntry = new LinkedHashMap<>();
        manifest.datasets().forEach(e -> byEntry.put(e, new ArrayList<>()));
        for (Path relative : files(dataDir)) {
            if (manifest.ignores(relative)) {
                continue;
            }
            Optional<ManifestEntry> entry = manifest.entryFor(relative);
            if (entry.isPresent()) {
                byEntry.get(entry.get()).add(relative);
            } else if (manifest.companionOf(relative).isEmpty()) {
                skipped.add(relative + " (not in the manifest)");
            }
        }
        for (Map.Entry<ManifestEntry, List<Path>> group : byEntry.entrySet()) {
            ManifestEntry entry = group.getKey();
            for (Path relative : group.getValue()) {
                importOne(dataDir, cache, entry, relative, imported, failed, skipped);
            }
        }
        printSkipped(skipped);
        out.flush();
        return new Outcome(imported, failed, skipped);
    }

    private void importOne(Path dataDir, AtlasCache cache, ManifestEntry entry, Path relative,
                           List<ImportReport> imported, List<String> failed, List<String> skipped) {
        Path file = dataDir.resolve(relative);
        String name = slash(relative);
        if (entry.importer() == null) {
            skipped.add(name + " (" + ("alternate".equals(entry.status()) ? "alternate" : "known, not imported")
                    + (entry.note() == null ? "" : ": " + entry.note()) + ")");
            return;
        }
        if ("boundaries-n03".equals(entry.importer())) {
            importBoundaries(cache, entry, file, name, failed, skipped);
            return;
        }
        Optional<StatisticsImporter> importer = registry.find(entry.importer());
        if (importer.isEmpty()) {
            skipped.add(name + " (" + registry.whyMissing(entry.importer()) + ")");
            return;
        }
        long start = System.nanoTime();
        try {
            ImportReport report = cache.inTransaction(connection -> {
                try (SqliteStatisticsSink sink = new SqliteStatisticsSink(connection)) {
                    ImportReport r = importer.get().importFile(file, sink);
                    sink.flush();
                    return r;
                }
            });
            imported.add(report);
            out.printf("%s [%s]: %d rows read, %d values stored, %d aggregate rows skipped, %d rejected (%.1f s)%n",
                    name, entry.importer(), report.rowsRead(), report.stored(), report.aggregatesSkipped(),
                    report.rejected().size(), (System.nanoTime() - start) / 1e9);
            for (String reason : report.rejected()) {
                out.println("    rejected: " + reason);
            }
        } catch (DataFormatException e) {
            failed.add(name);
            out.println("FAILED " + name + " [" + entry.importer() + "]: " + e.getMessage()
                    + " — this dataset was rolled back; the others still import.");
        } catch (Exception e) {
            failed.add(name);
            out.println("FAILED " + name + " [" + entry.importer() + "]: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + " — this dataset was rolled back; the others still import.");
        }
        out.flush();
    }

    private void importBoundaries(AtlasCache cache, ManifestEntry entry, Path file, String name, List<String> failed,
                                  List<String> skipped) {
        if (!BoundaryImportHook.available() && boundaries == null) {
            skipped.add(name + " (boundary importer " + BoundaryImportHook.CLASS_NAME + " not in this build)");
            return;
        }
        try {
            BoundaryImportHook hook = boundaries != null ? boundaries : BoundaryImportHook.reflective();
            out.println(name + " [" + entry.importer() + "]: " + hook.importBoundaries(cache, file, entry.object()));
        } catch (Exception e) {
            failed.add(name);
            out.println("FAILED " + name + " [" + entry.importer() + "]: " + e.getMessage());
        }
    }

    /** Unknown files one by one; files skipped for the same reason as one line with their count. */
    private void printSkipped(List<String> skipped) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (String s : skipped) {
            int open = s.indexOf(" (");
            byReason.computeIfAbsent(s.substring(open + 2, s.length() - 1), k -> new ArrayList<>()).add(s.substring(0, open));
        }
        byReason.forEach((reason, files) -> {
            if (files.size() == 1 || reason.equals("not in the manifest")) {
                files.forEach(f -> out.println("skipped: " + f + " (" + reason + ")"));
            } else {
                out.println("skipped " + files.size() + " files (" + reason + "): " + files.get(0) + " … "
                        + files.get(files.size() - 1));
            }
        });
    }

    private static List<Path> files(Path dataDir) throws IOException {
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(Files::isRegularFile)
                    .map(dataDir::relativize)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static String slash(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
