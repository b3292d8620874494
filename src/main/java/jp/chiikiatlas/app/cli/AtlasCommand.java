package jp.chiikiatlas.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each feature adds its subcommand to the list below. */
@Command(name = "chiiki-atlas",
        mixinStandardHelpOptions = true,
        version = "Chiiki Atlas 0.1",
        description = "Offline atlas of Japan's regional economy from official open data.",
        subcommands = {
            ImportBoundariesCommand.class,
            RegionsCommand.class,
            ImportCommand.class,
            IndicatorsCommand.class,
            ValueCommand.class,
            RenderCommand.class,
            ChartCommand.class,
        })
public final class AtlasCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with UTF-8 output (Japanese names) and user-facing error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AtlasCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        return cli;
    }
}
