package jp.chiikiatlas.map;

/** Lets tests in other packages use the hand-made map. */
public final class HandMadeMapAccess {
    private HandMadeMapAccess() {
    }

    public static MapData data() {
        return HandMadeMap.data();
    }
}
