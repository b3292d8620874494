package jp.chiikiatlas.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import jp.chiikiatlas.app.cli.AtlasCommand;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        CommandLine cli = AtlasCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public List<String> outLines() {
        return out.lines().toList();
    }
}
