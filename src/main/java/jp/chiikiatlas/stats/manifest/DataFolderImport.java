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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.stats.DataFormatException;
import jp.chiikiatlas.stats.ImportReport;
import jp.chiikiatlas.stats.StatisticsImporter;
import jp.chiikiatlas.stats.store.RecordingSink;
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

    /** Files read in parallel with writing: the machine may have two cores; SQLite has one writer. */
    private static final int READERS = 2;
    private static final int READ_AHEAD = 2;

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
                skipped.add(slash(relative) + " (not in the manifest)");
            }
        }
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<ManifestEntry, List<Path>> group : byEntry.entrySet()) {
            ManifestEntry entry = group.getKey();
            for (Path relative : group.getValue()) {
                if (entry.importer() == null || "boundaries-n03".equals(entry.importer())) {
                    listOrImportBoundaries(dataDir, cache, entry, relative, failed, skipped);
                    continue;
                }
                Optional<StatisticsImporter> importer = registry.find(entry.importer());
                if (importer.isEmpty()) {
                    skipped.add(slash(relative) + " (" + registry.whyMissing(entry.importer()) + ")");
                } else {
                    jobs.add(new Job(entry, relative, dataDir.resolve(relative), importer.get()));
                }
            }
        }
        try (var st = cache.connection().createStatement()) {
            st.execute("PRAGMA cache_size = -65536"); // 64 MB while importing; SQLite's default is 2 MB
        } catch (java.sql.SQLException e) {
            out.println("note: could not enlarge the SQLite cache: " + e.getMessage());
        }
        runPipelined(jobs, cache, imported, failed);
        printSkipped(skipped);
        out.flush();
        return new Outcome(imported, failed, skipped);
    }

    /** Files without a statistics importer: listed as skipped, or (boundaries) handed to the boundary hook. */
    private void listOrImportBoundaries(Path dataDir, AtlasCache cache, ManifestEntry entry, Path relative,
                                        List<String> failed, List<String> skipped) {
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
    }

    /** One statistics file to import. */
    private record Job(ManifestEntry entry, Path relative, Path file, StatisticsImporter importer) {
    }

    /** What reading one file gave: its report and recorded output, or the error. */
    private record Parsed(ImportReport report, RecordingSink recording, Exception error, long nanos) {
    }

    /**
     * Reads files on a small pool (a couple ahead, to bound memory) while this thread writes each
     * one, in manifest order, in its own transaction — SQLite wants a single writer.
     */
    private void runPipelined(List<Job> jobs, AtlasCache cache, List<ImportReport> imported, List<String> failed) {
        ExecutorService readers = Executors.newFixedThreadPool(READERS, r -> {
            Thread t = new Thread(r, "statistics-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Parsed>> parsed = new ArrayList<>();
            int submitted = 0;
            for (int i = 0; i < jobs.size(); i++) {
                while (submitted < jobs.size() && submitted <= i + READ_AHEAD) {
                    Job job = jobs.get(submitted++);
                    parsed.add(readers.submit(() -> read(job)));
                }
                Parsed result;
                try {
                    result = parsed.get(i).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    result = new Parsed(null, null, e.getCause() instanceof Exception ex ? ex : e, 0);
                }
                parsed.set(i, null); // let the recording go once written
                write(jobs.get(i), result, cache, imported, failed);
            }
        } finally {
            readers.shutdownNow();
        }
    }

    private static Parsed read(Job job) {
        long start = System.nanoTime();
        RecordingSink recording = new RecordingSink();
        try {
            ImportReport report = job.importer().importFile(job.file(), recording);
            return new Parsed(report, recording, null, System.nanoTime() - start);
        } catch (Exception e) {
            return new Parsed(null, null, e, System.nanoTime() - start);
        }
    }

    private void write(Job job, Parsed parsed, AtlasCache cache, List<ImportReport> imported, List<String> failed) {
        String name = slash(job.relative());
        String importerId = job.entry().importer();
        long start = System.nanoTime();
        try {
            if (parsed.error() != null) {
                throw parsed.error();
            }
            cache.inTransaction(connection -> {
                try (SqliteStatisticsSink sink = new SqliteStatisticsSink(connection)) {
                    parsed.recording().replay(sink);
                    sink.flush();
                }
                return null;
            });
            ImportReport report = parsed.report();
            imported.add(report);
            out.printf("%s [%s]: %d rows read, %d values stored, %d aggregate rows skipped, %d rejected"
                            + " (read %.1f s, stored %.1f s)%n", name, importerId, report.rowsRead(), report.stored(),
                    report.aggregatesSkipped(), report.rejected().size(), parsed.nanos() / 1e9,
                    (System.nanoTime() - start) / 1e9);
            for (String reason : report.rejected()) {
                out.println("    rejected: " + reason);
            }
        } catch (DataFormatException e) {
            failed.add(name);
            out.println("FAILED " + name + " [" + importerId + "]: " + e.getMessage()
                    + " — this dataset was rolled back; the others still import.");
        } catch (Exception e) {
            failed.add(name);
            out.println("FAILED " + name + " [" + importerId + "]: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + " — this dataset was rolled back; the others still import.");
        }
        out.flush();
    }

    private void importBoundaries(AtlasCache cache, ManifestEntry entry, Path file, String name, List<String> failed,
                                  List<String> skipped) {
        try {
            BoundaryImportHook hook = boundaries != null ? boundaries : BoundaryImportHook.boundaryImporter();
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
