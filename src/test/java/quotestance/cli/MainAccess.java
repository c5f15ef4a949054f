package quotestance.cli;

import picocli.CommandLine;

/** Lets tests outside the package drive the configured command line with their own error stream. */
public final class MainAccess {
    private MainAccess() {
    }

    public static CommandLine commandLine() {
        return Main.commandLine();
    }
}
