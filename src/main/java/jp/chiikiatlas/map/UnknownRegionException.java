package jp.chiikiatlas.map;

/** A region code that is not in the cache. */
public final class UnknownRegionException extends Exception {
    public UnknownRegionException(String code) {
        super("no region with code " + code + " in the cache (use five digits, e.g. 13101 for 千代田区; "
                + "list them with the regions command)");
    }
}
