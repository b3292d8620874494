package jp.chiikiatlas.geo;

/** The boundary edition in the cache, with its credit line (shown under every map). */
public record BoundarySet(String editionDate, String sourceFile, String source, String licence,
                          String attribution, String sha256, String importedAt) {
}
