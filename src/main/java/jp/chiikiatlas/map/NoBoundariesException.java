package jp.chiikiatlas.map;

/** The cache holds no boundary set, so there is no map to draw. */
public final class NoBoundariesException extends Exception {
    public NoBoundariesException(String cacheFile) {
        super("no boundaries loaded in " + cacheFile + ": run import-boundaries "
                + "../shared/data/boundaries/n03-2021-01-01/N03-21_210101.topojson --cache " + cacheFile + " first");
    }
}
