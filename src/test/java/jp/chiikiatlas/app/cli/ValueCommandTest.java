package jp.chiikiatlas.app.cli;

import jp.chiikiatlas.testing.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueCommandTest {
    @TempDir
    Path dir;

    @Test
    void integersWithoutDecimals() {
        assertThat(ValueCommand.format(1955678.0)).isEqualTo("1955678");
        assertThat(ValueCommand.format(-554485.0)).isEqualTo("-554485");
        assertThat(ValueCommand.format(0.28)).isEqualTo("0.28");
    }

    @Test
    void aMissingCacheIsAClearErrorNotANewEmptyFile() {
        CliRun run = CliRun.of("value", "--indicator", "population", "--region", "01100", "--period", "2025",
                "--cache", dir.resolve("none.sqlite").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no cache at").contains("import --data");
        assertThat(dir.resolve("none.sqlite")).doesNotExist();
    }
}
