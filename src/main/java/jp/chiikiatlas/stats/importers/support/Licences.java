package jp.chiikiatlas.stats.importers.support;

/** Licence texts named in the data README, spelled once. */
public final class Licences {
    /** Japanese government statistics (総務省, 内閣府, e-Stat, 統計センター). */
    public static final String GOVERNMENT_STANDARD = "政府標準利用規約（第2.0版）(compatible with CC BY 4.0)";

    private Licences() {
    }
}
