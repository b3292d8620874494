package jp.chiikiatlas.geo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.BoundaryWriter;
import jp.chiikiatlas.cache.CacheException;
import jp.chiikiatlas.cache.Progress;
import jp.chiikiatlas.geo.io.BoundaryFile;
import jp.chiikiatlas.geo.io.BoundaryFiles;
import jp.chiikiatlas.geo.io.BoundaryFormatException;

/**
 * Imports an N03 boundary file into the cache: read → region model → levels of detail → store.
 * The file is read and checked completely before the cache is touched, and the store is one
 * transaction: bad input or a cancel leaves the previous cache as it was.
 */
public final class BoundaryImporter {
    public static final String SOURCE = "国土数値情報（行政区域データ） 国土交通省";
    public static final String LICENCE = "国土数値情報利用約款: free use including commercial, with credit";
    public static final String ATTRIBUTION = "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成";

    /** N03-21_210101 (YYMMDD) or N03-20210101 (YYYYMMDD). */
    private static final Pattern SHORT_DATE = Pattern.compile("N03-\\d{2}_(\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern LONG_DATE = Pattern.compile("N03-(\\d{4})(\\d{2})(\\d{2})");

    private final AtlasCache cache;
    private final Set<LevelOfDetail> storedLevels;

    public BoundaryImporter(AtlasCache cache) {
        this(cache, EnumSet.allOf(LevelOfDetail.class));
    }

    /** An importer storing only some levels of detail (benchmarks measure parse-and-store with FULL alone). */
    public BoundaryImporter(AtlasCache cache, Set<LevelOfDetail> levels) {
        this.cache = cache;
        this.storedLevels = EnumSet.copyOf(levels);
    }

    public BoundaryImportReport importFile(Path path, String objectName, Progress progress)
            throws BoundaryFormatException, CacheException {
        progress.update(0.0, path.getFileName() + " を読み込んでいます");
        BoundaryFile file = BoundaryFiles.read(path, objectName);
        return importBoundaryFile(file, progress);
    }

    /** Imports features already read (e.g. by the GUI's reader task). */
    public BoundaryImportReport importBoundaryFile(BoundaryFile file, Progress progress)
            throws BoundaryFormatException, CacheException {
        Path path = file.path();
        progress.checkCancelled();
        BoundaryImportReport report = new BoundaryImportReport(path.toString());
        file.notes().forEach(report::note);
        progress.update(0.2, "都道府県・市区町村を組み立てています");
        RegionModel model = new RegionModelBuilder(report).build(file.features());
        if (model.parts().isEmpty()) {
            throw new BoundaryFormatException(path + ": no feature has a municipal code (N03_007); "
                    + "is this an N03 administrative-boundary file?");
        }
        Map<LevelOfDetail, LevelsOfDetailBuilder.Level> levels = new LevelsOfDetailBuilder(storedLevels).build(model, progress);
        report.levelsOfDetail(levels.size());
        progress.update(0.8, "キャッシュに保存しています");
        store(file, model, levels, progress);
        progress.update(1.0, "完了");
        return report;
    }

    private void store(BoundaryFile file, RegionModel model, Map<LevelOfDetail, LevelsOfDetailBuilder.Level> levels,
                       Progress progress) throws CacheException {
        try {
            cache.inTransaction(connection -> {
                BoundaryWriter writer = new BoundaryWriter(connection);
                writer.clear();
                long setId = writer.insertBoundarySet(boundarySet(file));
                writer.insertRegions(setId, model.regions());
                long[] unassignedIds = writer.insertUnassigned(setId, model.unassigned());
                for (Map.Entry<LevelOfDetail, LevelsOfDetailBuilder.Level> e : levels.entrySet()) {
                    progress.checkCancelled();
                    writer.insertGeometries(e.getKey(), e.getValue().regions(), unassignedIds, e.getValue().unassigned());
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CacheException("Cannot store the boundaries in " + cache.file() + ": " + e.getMessage()
                    + ". The cache is unchanged.", e);
        }
    }

    private static BoundarySet boundarySet(BoundaryFile file) {
        String name = file.path().getFileName().toString();
        return new BoundarySet(editionDate(name), name, SOURCE, LICENCE, ATTRIBUTION, file.sha256(),
                Instant.now().toString());
    }

    /** The edition date from MLIT's file name, or null when the name does not carry one. */
    static String editionDate(String fileName) {
        Matcher shortDate = SHORT_DATE.matcher(fileName);
        if (shortDate.find()) {
            return "20" + shortDate.group(1) + "-" + shortDate.group(2) + "-" + shortDate.group(3);
        }
        Matcher longDate = LONG_DATE.matcher(fileName);
        if (longDate.find()) {
            return longDate.group(1) + "-" + longDate.group(2) + "-" + longDate.group(3);
        }
        return null;
    }
}
