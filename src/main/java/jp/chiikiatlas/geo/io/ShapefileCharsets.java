package jp.chiikiatlas.geo.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Chooses the DBF text encoding from the .cpg file next to a shapefile. */
final class ShapefileCharsets {
    /**
     * Microsoft's Shift_JIS. Not {@code Charset.forName("CP932")}: in Java that alias is IBM's
     * x-IBM942C, which maps some kanji differently (諫早→諌早, 塩竈→塩竃, 檜原→桧原).
     */
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final Set<String> SHIFT_JIS_NAMES = Set.of("CP932", "SJIS", "SHIFT_JIS", "SHIFT-JIS", "MS932",
            "WINDOWS-31J", "WINDOWS-932");
    private static final Set<String> UTF8_NAMES = Set.of("UTF-8", "UTF8");

    private ShapefileCharsets() {
    }

    /**
     * @param cpg     the .cpg bytes, or null when there is none (MLIT ships Shift_JIS DBFs)
     * @param cpgName the .cpg file name for messages
     */
    static Charset fromCpg(byte[] cpg, String cpgName) throws BoundaryFormatException {
        if (cpg == null) {
            return WINDOWS_31J;
        }
        String value = new String(cpg, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        String key = value.toUpperCase(Locale.ROOT);
        if (SHIFT_JIS_NAMES.contains(key)) {
            return WINDOWS_31J;
        }
        if (UTF8_NAMES.contains(key)) {
            return StandardCharsets.UTF_8;
        }
        throw new BoundaryFormatException("unknown encoding '" + value + "' in " + cpgName
                + ": write CP932 or UTF-8 in that file");
    }
}
