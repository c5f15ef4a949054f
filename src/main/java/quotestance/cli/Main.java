package quotestance.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import quotestance.Versions;
import quotestance.UserError;

/** The command line: {@code quotestance <command> [options]}; {@code --help} on every command. */
@Command(name = "quotestance", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Quotes, speakers and stance toward parties in news corpora, on Apache Spark.",
        subcommands = {RunCommand.class, EvalCommand.class, StanceCommands.Classify.class, StanceCommands.Train.class, TrainSpeakersCommand.class, CopyCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 failed, 2 a usage or input error. */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            err.println("try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            Throwable userError = userError(ex);
            if (userError != null) {
                err.println("error: " + userError.getMessage());
                if (verbose) ex.printStackTrace(err);
                err.flush();
                return 2;
            }
            err.println("error: " + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage())
                    + (verbose ? "" : " (run with --verbose for the stack trace)"));
            if (verbose) ex.printStackTrace(err);
            err.flush();
            return 1;
        });
        return cli;
    }

    private static Throwable userError(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserError) return t;
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quotestance " + Versions.project() + " (OpenNLP " + Versions.openNlp()
                    + ", models " + Versions.openNlpModels() + ")"};
        }
    }
}
