package jp.chiikiatlas.stats.importers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.chiikiatlas.stats.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {
    @TempDir
    Path dir;

    @Test
    void rfc4180QuotesDoubledQuotesAndLineBreaksInsideFields() throws Exception {
        CsvFile csv = CsvFile.ofText("t.csv", "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\n3,,\n");
        assertThat(csv.rows()).hasSize(3);
        assertThat(csv.rows().get(0).cells()).containsExactly("a", "b,c", "say \"hi\"");
        assertThat(csv.rows().get(1).cells()).containsExactly("two\nlines", "x", "");
        assertThat(csv.rows().get(2).line()).isEqualTo(4); // the quoted line break counts
    }

    @Test
    void unclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvFile.ofText("t.csv", "a,\"b\n"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("t.csv, line 1");
    }

    @Test
    void bomIsDroppedAndMalformedBytesAreReportedWithTheirLine() throws Exception {
        assertThat(CsvFile.decodeStrict("t.csv", "\uFEFFyear".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo("year");
        byte[] sjis = "a\n東京都\n".getBytes(CsvFile.WINDOWS_31J);
        assertThatThrownBy(() -> CsvFile.decodeStrict("t.csv", sjis, StandardCharsets.UTF_8))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("t.csv, line 2");
    }

    @Test
    void windows31jDecodesNamesThatIbmCp932Garbles() throws Exception {
        String names = String.join(",", List.of("諫早", "塩竈", "檜原", "砺波"));
        assertThat(CsvFile.decodeStrict("t.csv", names.getBytes(CsvFile.WINDOWS_31J), CsvFile.WINDOWS_31J)).isEqualTo(names);
    }

    @Test
    void numbersAndEraYears() {
        assertThat(Numbers.parse("\"1,303.60\"".replace("\"", ""))).contains(1303.6);
        assertThat(Numbers.parse("△12")).contains(-12.0);
        assertThat(Numbers.parse("***")).isEmpty();
        assertThat(Numbers.eraYear("平成１８年度")).contains(2006);
        assertThat(Numbers.eraYear("令和元年度")).contains(2019);
        assertThat(Numbers.year("1975年度")).contains(1975);
    }

    @Test
    void csvInAnUnexpectedEncodingNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("move-pref-all.csv");
        Files.write(file, "year,origin\n2018,神奈川県\n".getBytes(CsvFile.WINDOWS_31J));
        assertThatThrownBy(() -> CsvFile.read(file, StandardCharsets.UTF_8))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("move-pref-all.csv")
                .hasMessageContaining("line 2, column 6")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void utf8BomWhereCp932IsExpectedIsNamed() throws Exception {
        Path file = dir.resolve("SSDSE-E-2024.csv");
        Files.write(file, ("\uFEFFコード,地域\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvFile.read(file, CsvFile.WINDOWS_31J))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("SSDSE-E-2024.csv, line 1, column 1")
                .hasMessageContaining("byte order mark");
    }

    @Test
    void readsUtf8WithOrWithoutBomAndCp932() throws Exception {
        Path bom = dir.resolve("a.csv");
        Files.write(bom, "\uFEFF東京都,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CsvFile.decodeStrict("a.csv", Files.readAllBytes(bom), StandardCharsets.UTF_8)).isEqualTo("東京都,1\n");
        Path sjis = dir.resolve("b.csv");
        Files.write(sjis, "諫早市,塩竈市\n".getBytes(CsvFile.WINDOWS_31J));
        assertThat(CsvFile.decodeStrict("b.csv", Files.readAllBytes(sjis), CsvFile.WINDOWS_31J)).isEqualTo("諫早市,塩竈市\n");
    }
}
