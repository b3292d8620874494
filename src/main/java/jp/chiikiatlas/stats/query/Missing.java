package jp.chiikiatlas.stats.query;

/** Why a query has no number. */
public enum Missing {
    /** The region argument is not a five- or six-digit code. */
    INVALID_REGION,
    NO_SUCH_INDICATOR,
    /** A dimension the indicator does not have ({@code --dim colour=red}). */
    UNKNOWN_DIMENSION,
    /** No dataset gives this indicator for this period. */
    PERIOD_NOT_IMPORTED,
    /** The region's code did not exist in that period (see the code-change table). */
    CODE_CHANGED,
    /** The period is imported, but the table has no row for this region. */
    REGION_NOT_IN_TABLE,
    /** The region is in the table, but not with these dimension values (e.g. age=100+ in 2005). */
    DIMENSION_NOT_IN_TABLE,
    /** The file marks the cell as suppressed (秘匿). */
    SUPPRESSED,
    /** The file marks the cell as not surveyed. */
    NOT_SURVEYED,
    /** The file marks the cell as not available / not applicable. */
    NOT_AVAILABLE
}
