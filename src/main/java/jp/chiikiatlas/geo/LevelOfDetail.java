package jp.chiikiatlas.geo;

/**
 * The levels of detail stored per region. Level 0 is the geometry as imported; each further level
 * is a coverage simplification of the previous one, so shared borders stay shared at every level.
 * Tolerances are in degrees (1° of latitude ≈ 111 km).
 */
public enum LevelOfDetail {
    FULL(0.0),
    FINE(0.0005),
    MEDIUM(0.002),
    COARSE(0.008);

    private final double toleranceDegrees;

    LevelOfDetail(double toleranceDegrees) {
        this.toleranceDegrees = toleranceDegrees;
    }

    public int id() {
        return ordinal();
    }

    public double toleranceDegrees() {
        return toleranceDegrees;
    }

    /** The coarsest level whose tolerance is below one screen pixel ({@code degreesPerPixel}). */
    public static LevelOfDetail forDegreesPerPixel(double degreesPerPixel) {
        LevelOfDetail chosen = FULL;
        for (LevelOfDetail lod : values()) {
            if (lod.toleranceDegrees <= degreesPerPixel) {
                chosen = lod;
            }
        }
        return chosen;
    }
}
