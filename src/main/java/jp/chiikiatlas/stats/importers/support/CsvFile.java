package jp.chiikiatlas.stats.importers.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.chiikiatlas.stats.DataFormatException;

/**
 * A whole CSV file read strictly, in the encoding its layout promises (e-Stat and SSDSE: CP932 as
 * {@link #WINDOWS_31J}; others UTF-8 with or without BOM): bytes that are not valid in the expected
 * charset are an error naming line and column (never replaced by U+FFFD), a UTF-8 BOM is dropped
 * where UTF-8 is expected and an error where it is not, fields follow RFC 4180 (quotes, doubled
 * quotes, line breaks inside quotes). Official files are small enough to hold in memory.
 */
public final class CsvFile {
    /** Shift_JIS as Windows writes it. {@code Charset.forName("CP932")} is IBM's variant and garbles names. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String fileName;
    private final List<CsvRow> rows;

    private CsvFile(String fileName, List<CsvRow> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    public static CsvFile read(Path file, Charset charset) throws DataFormatException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFormatException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return new CsvFile(name, parse(name, decode(name, bytes, charset)));
    }

    public String fileName() {
        return fileName;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    /** "file.csv, line 12, column 3 (名前)": where a message points to. */
    public String where(CsvRow row, int column, String header) {
        return fileName + ", line " + row.line() + ", column " + (column + 1)
                + (header == null || header.isEmpty() ? "" : " (" + header + ")");
    }

    static String decode(String name, byte[] bytes, Charset charset) throws DataFormatException {
        int start = 0;
        if (startsWith(bytes, UTF8_BOM)) {
            if (!charset.equals(StandardCharsets.UTF_8)) {
                throw new DataFormatException(name + ", line 1, column 1: starts with a UTF-8 byte order mark, expected "
                        + charset.name() + " text as the publisher ships it (this layout is published in "
                        + charset.name() + "); re-download the original file");
            }
            start = UTF8_BOM.length;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new DataFormatException(name + ", " + lineAndColumn(out.flip()) + " (byte " + at + "): not valid "
                    + charset.name() + " — expected a " + charset.name() + " file as published; it looks saved in "
                    + "another encoding (e.g. Shift_JIS/CP932 vs UTF-8)");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** "line 2, column 6": where the text decoded so far ends, 1-based. */
    private static String lineAndColumn(CharSequence decoded) {
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
        return "line " + line + ", column " + column;
    }

    static List<CsvRow> parse(String name, String text) throws DataFormatException {
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && atFieldStart) {
                quoted = true;
                quoteLine = line;
                atFieldStart = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new CsvRow(recordLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                atFieldStart = true;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                atFieldStart = false;
            }
        }
        if (quoted) {
            throw new DataFormatException(name + ", line " + quoteLine
                    + ": a quoted field is never closed — expected a closing \" (is the file truncated?)");
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new CsvRow(recordLine, List.copyOf(fields)));
        }
        return rows;
    }

    /** For tests and callers holding text already decoded. */
    public static CsvFile ofText(String fileName, String text) throws DataFormatException {
        return new CsvFile(fileName, parse(fileName, text));
    }

    /** Strict decoding for callers that only need the text. */
    public static String decodeStrict(String fileName, byte[] bytes, Charset charset) throws DataFormatException {
        return decode(fileName, bytes, charset);
    }
}
