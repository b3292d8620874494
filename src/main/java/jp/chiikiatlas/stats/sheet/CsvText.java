package jp.chiikiatlas.stats.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.chiikiatlas.stats.DataFormatException;

/**
 * The text of a CSV file in the encoding its layout promises (e-Stat and SSDSE: CP932 as
 * {@code windows-31j}; others UTF-8 with or without BOM), decoded strictly: bytes that are not valid
 * in that encoding are an error naming line and column, never replacement characters.
 */
public final class CsvText {
    /** CP932 as Java should read it ({@code Charset.forName("CP932")} is IBM's variant). */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private CsvText() {
    }

    public static String read(Path file, Charset expected) throws DataFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFormatException(file + ": cannot be read: " + e.getMessage(), e);
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            if (!expected.equals(StandardCharsets.UTF_8)) {
                throw new DataFormatException(String.format("%s, line 1, column 1: the file starts with a UTF-8 byte "
                        + "order mark, but this layout is published in %s. Expected the file as downloaded.", file,
                        expected.displayName()));
            }
            start = 3;
        }
        CharsetDecoder decoder = expected.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String decoded = out.toString();
            int line = 1;
            int column = 1;
            for (int i = 0; i < decoded.length(); i++) {
                if (decoded.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new DataFormatException(String.format("%s, line %d, column %d (byte %d): not valid %s text. Expected "
                    + "%s as published; the file may have been saved in another encoding (UTF-8 vs Shift_JIS/CP932).",
                    file, line, column, in.position(), expected.displayName(), expected.displayName()));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

}
