package jp.chiikiatlas.map;

/** Which regions fill the map. */
public enum DisplayLevel {
    /** The 47 prefectures. */
    PREFECTURE,
    /** Municipalities (with designated cities whole or by ward) and areas without a municipality. */
    MUNICIPALITY
}
