package jp.chiikiatlas.app;

import jp.chiikiatlas.app.cli.AtlasCommand;
import jp.chiikiatlas.app.ui.AtlasApplication;
import picocli.CommandLine;

/**
 * Entry point of {@code chiiki-atlas.jar}: with no arguments it opens the window, with a command
 * it runs the command line. It does not extend {@code Application}, so the jar starts from a
 * plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            AtlasApplication.launchWindow(args);
            return;
        }
        System.exit(AtlasCommand.commandLine().execute(args));
    }
}
