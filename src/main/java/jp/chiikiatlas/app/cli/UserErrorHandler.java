package jp.chiikiatlas.app.cli;

import picocli.CommandLine;

/**
 * Turns an exception into one clear line on stderr and exit code 1. Our own exceptions carry
 * messages written for the user; anything else is a bug, reported with its type so it can be filed.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        String message = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        if (ex.getClass().getName().startsWith("jp.chiikiatlas.")) {
            cli.getErr().println("error: " + message);
        } else {
            cli.getErr().println("error (please report): " + ex.getClass().getSimpleName() + ": " + message);
        }
        cli.getErr().flush();
        return 1;
    }
}
