package jp.chiikiatlas.stats.manifest;

import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;
import jp.chiikiatlas.cache.Progress;
import jp.chiikiatlas.geo.BoundaryImportReport;
import jp.chiikiatlas.geo.BoundaryImporter;

/** Imports a boundary file during {@code import --data}; tests substitute their own. */
@FunctionalInterface
public interface BoundaryImportHook {

    /** Imports the file; returns a one-line summary. Throws when the import fails. */
    String importBoundaries(AtlasCache cache, Path file, String objectName) throws Exception;

    /** The real boundary importer. */
    static BoundaryImportHook boundaryImporter() {
        return (cache, file, objectName) -> {
            BoundaryImportReport report = new BoundaryImporter(cache).importFile(file, objectName, Progress.NONE);
            return String.format("%d features read, %d stored, %d repaired, %d rejected; %d prefectures, %d municipalities,"
                    + " %d designated cities, %d wards", report.featuresRead(), report.featuresStored(),
                    report.featuresRepaired(), report.rejected().size(),
                    report.regions(jp.chiikiatlas.geo.RegionLevel.PREFECTURE),
                    report.regions(jp.chiikiatlas.geo.RegionLevel.MUNICIPALITY),
                    report.regions(jp.chiikiatlas.geo.RegionLevel.DESIGNATED_CITY),
                    report.regions(jp.chiikiatlas.geo.RegionLevel.WARD));
        };
    }
}
