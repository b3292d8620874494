package jp.chiikiatlas.stats.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.chiikiatlas.stats.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTextTest {
    @TempDir
    Path dir;

    @Test
    void csvInAnUnexpectedEncodingNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("move-pref-all.csv");
        Files.write(file, "year,origin\n2018,神奈川県\n".getBytes(CsvText.WINDOWS_31J));
        assertThatThrownBy(() -> CsvText.read(file, StandardCharsets.UTF_8))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("move-pref-all.csv")
                .hasMessageContaining("line 2, column 6")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void utf8BomWhereCp932IsExpectedIsNamed() throws Exception {
        Path file = dir.resolve("SSDSE-E-2024.csv");
        Files.write(file, ("\uFEFFコード,地域\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvText.read(file, CsvText.WINDOWS_31J))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("SSDSE-E-2024.csv, line 1, column 1")
                .hasMessageContaining("byte order mark");
    }

    @Test
    void readsUtf8WithOrWithoutBomAndCp932() throws Exception {
        Path bom = dir.resolve("a.csv");
        Files.write(bom, "\uFEFF東京都,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CsvText.read(bom, StandardCharsets.UTF_8)).isEqualTo("東京都,1\n");
        Path sjis = dir.resolve("b.csv");
        Files.write(sjis, "諫早市,塩竈市\n".getBytes(CsvText.WINDOWS_31J));
        assertThat(CsvText.read(sjis, CsvText.WINDOWS_31J)).isEqualTo("諫早市,塩竈市\n");
    }
}
