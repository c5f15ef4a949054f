package quotestance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import quotestance.eval.Metrics;
import quotestance.eval.QuoteEval;
import quotestance.UserError;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score the analysis against annotated sets (formats and metrics: ../shared/eval/README.md).",
        subcommands = {EvalCommand.Quotes.class, EvalCommand.Stance.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name what to evaluate: quotes or stance");
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Run quote attribution on gold articles (format 1) and print score.py's metrics for each file.")
    static final class Quotes implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Annotated quote sets.")
        List<Path> gold;

        @Option(names = "--predictions", paramLabel = "DIR", defaultValue = "target/eval",
                description = "Where to write <set>.predictions.jsonl for inspection or score.py. Default: ${DEFAULT-VALUE}.")
        Path predictions;

        @Option(names = "--verbose", description = "Show stack traces of errors.")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
            for (Path g : gold) {
                if (!Files.isReadable(g)) throw new UserError("cannot read " + g);
                String name = g.getFileName().toString().replaceFirst("\\.jsonl$", "");
                Path out = predictions.resolve(name + ".predictions.jsonl");
                long t0 = System.nanoTime();
                QuoteEval.Result r = QuoteEval.run(g, out);
                System.out.printf("== %s: %d articles, %.1f s, predictions in %s%n", g, r.articles(),
                        (System.nanoTime() - t0) / 1e9, out);
                System.out.print(Metrics.format(r.metrics()));
                System.out.printf("(not in score.py) confidence_auc: %.4f%n", r.confidenceAuc());
            }
            return 0;
        }
    }

    @Command(name = "stance", mixinStandardHelpOptions = true,
            description = "Classify the stance toward each gold target (format 2) and print score.py's stance metrics.")
    static final class Stance implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl") List<Path> gold;

        @Option(names = "--predictions", paramLabel = "DIR", defaultValue = "target/eval",
                description = "Where to write <set>.predictions.jsonl. Default: ${DEFAULT-VALUE}.")
        Path predictions;

        @Option(names = "--model", paramLabel = "FILE", description = "A model from train-stance (default: the one in the jar).")
        Path model;

        @Override
        public Integer call() throws Exception {
            var classifier = StanceCommands.classifier(model);
            for (Path g : gold) {
                if (!Files.isReadable(g)) throw new UserError("cannot read " + g);
                Path out = predictions.resolve(g.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".predictions.jsonl");
                System.out.printf("== %s: predictions in %s%n", g, out);
                System.out.print(Metrics.format(StanceCommands.evaluate(classifier, g, out)));
            }
            return 0;
        }
    }
}
