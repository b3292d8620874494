package jp.chiikiatlas.stats.manifest;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import jp.chiikiatlas.cache.AtlasCache;

/**
 * Imports a boundary file during {@code import --data}. The boundary importer is written on
 * another branch; until it is merged this calls it by reflection ({@code new
 * jp.chiikiatlas.geo.BoundaryImporter(cache).importFile(path, objectName)}) and reports its absence.
 * MERGE HOOK: once BoundaryImporter is on this branch, replace {@link #reflective()} with a direct call.
 */
@FunctionalInterface
public interface BoundaryImportHook {
    String CLASS_NAME = "jp.chiikiatlas.geo.BoundaryImporter";

    /** Imports the file; returns a one-line summary. Throws when the boundary importer is absent or fails. */
    String importBoundaries(AtlasCache cache, Path file, String objectName) throws Exception;

    /** Whether this build has the boundary importer. */
    static boolean available() {
        try {
            Class.forName(CLASS_NAME);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static BoundaryImportHook reflective() {
        return (cache, file, objectName) -> {
            Class<?> type = Class.forName(CLASS_NAME);
            Constructor<?> constructor = type.getConstructor(AtlasCache.class);
            Object importer = constructor.newInstance(cache);
            Method importFile = type.getMethod("importFile", Path.class, String.class);
            try {
                Object result = importFile.invoke(importer, file, objectName);
                return result == null ? "imported" : result.toString();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        };
    }
}
