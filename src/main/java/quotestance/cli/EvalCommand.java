package quotestance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import quotestance.attribution.ConfidenceTable;
import quotestance.eval.ConfidenceFit;
import quotestance.eval.GoldSet;
import quotestance.eval.SpeakerCv;
import quotestance.eval.Metrics;
import quotestance.eval.QuoteEval;
import quotestance.eval.QuoteScorer;
import quotestance.eval.RuleFigures;
import quotestance.UserError;
import quotestance.speakers.SpeakerRankerTrainer;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score the analysis against annotated sets (formats and metrics: ../shared/eval/README.md).",
        subcommands = {EvalCommand.Quotes.class, EvalCommand.Stance.class, EvalCommand.Identity.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name what to evaluate: quotes, stance or identity");
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Run quote attribution on gold articles (format 1) and print score.py's metrics for each file.")
    static final class Quotes implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Annotated quote sets.")
        List<Path> gold;

        @Option(names = "--predictions", paramLabel = "DIR", defaultValue = "target/eval",
                description = "Where to write <set>.predictions.jsonl for inspection or score.py. Default: ${DEFAULT-VALUE}.")
        Path predictions;

        @Option(names = "--fit-confidence", paramLabel = "FILE",
                description = "Measure each rule's and step's confidence on these sets and write the table to FILE"
                        + " (the jar's is src/main/resources" + ConfidenceTable.RESOURCE + "); also print the AUC of such a"
                        + " table on each set and fold it was not measured on.")
        Path fitConfidence;

        @Option(names = "--cv", description = "Cross-validate the speaker ranker by fold instead: train on four folds of"
                + " every set with resolved speakers, score the fifth of every set, and print speaker accuracy per fold"
                + " with the rules alone and with the ranker, mean and spread, by mention kind, and the confidence AUC; the"
                + " held-out predictions go to <set>.cv.predictions.jsonl in the --predictions folder.")
        boolean cv;

        @Option(names = "--verbose", description = "Show stack traces of errors.")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
            if (cv) {
                List<GoldSet> sets = new ArrayList<>();
                for (Path g : gold) {
                    if (!Files.isReadable(g)) throw new UserError("cannot read " + g);
                    sets.add(GoldSet.read(g));
                }
                System.out.print(SpeakerCv.format(SpeakerCv.run(sets, SpeakerRankerTrainer.Options.DEFAULTS, predictions)));
                return 0;
            }
            List<ConfidenceFit.Set> sets = new ArrayList<>();
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
                System.out.print(RuleFigures.format("per attribution rule", RuleFigures.by(r.outcomes(), RuleFigures::rule)));
                System.out.print(RuleFigures.format("per resolution step", RuleFigures.by(r.outcomes(), RuleFigures::step)));
                System.out.print(RuleFigures.format("per mention rule", RuleFigures.by(r.outcomes(), RuleFigures::mentionRule)));
                sets.add(new ConfidenceFit.Set(name, r.outcomes()));
            }
            if (fitConfidence != null) writeConfidence(sets);
            return 0;
        }

        private void writeConfidence(List<ConfidenceFit.Set> sets) throws java.io.IOException {
            System.out.println("== confidence measured on " + sets.stream().map(ConfidenceFit.Set::name).toList()
                    + ", checked on data it was not measured on:");
            System.out.printf("  %-28s %7s %11s %13s%n", "held out", "quotes", "table AUC", "current AUC");
            for (ConfidenceFit.Check c : ConfidenceFit.checks(sets)) {
                System.out.printf(java.util.Locale.ROOT, "  %-28s %7d %11.4f %13.4f%n", c.heldOut(), c.quotes(), c.tableAuc(), c.currentAuc());
            }
            ConfidenceTable table = ConfidenceFit.fit(sets);
            List<QuoteScorer.Outcome> all = new ArrayList<>();
            for (ConfidenceFit.Set s : sets) all.addAll(s.outcomes());
            java.util.Map<String, Long> ruleQuotes = new java.util.TreeMap<>();
            java.util.Map<String, Long> stepQuotes = new java.util.TreeMap<>();
            RuleFigures.by(all, RuleFigures::rule).forEach((k, f) -> ruleQuotes.put(k, f.quotes()));
            RuleFigures.by(all, RuleFigures::step).forEach((k, f) -> stepQuotes.put(k, f.quotes()));
            if (fitConfidence.toAbsolutePath().getParent() != null) Files.createDirectories(fitConfidence.toAbsolutePath().getParent());
            try (java.io.Writer w = Files.newBufferedWriter(fitConfidence, java.nio.charset.StandardCharsets.UTF_8)) {
                table.write(w, String.join(", ", sets.stream().map(ConfidenceFit.Set::name).toList()), ruleQuotes, stepQuotes);
            }
            System.out.println("  table written to " + fitConfidence);
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

    @Command(name = "identity", mixinStandardHelpOptions = true,
            description = "Measure a run's speaker ids: for the most quoted people, the share of the quotes naming them"
                    + " (by score.py's name matching) that carry their main speaker_id; headline fragments and caption"
                    + " labels as speakers; privacy-policy boilerplate as quotes.")
    static final class Identity implements Callable<Integer> {
        @Option(names = "--tables", required = true, paramLabel = "DIR", description = "The --output folder of a run.") String tables;
        @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "People to list. Default: ${DEFAULT-VALUE}.") int top;
        @Option(names = "--master", paramLabel = "URL") String master;

        @Override
        public Integer call() {
            org.apache.spark.sql.SparkSession spark = quotestance.spark.SparkSessions.create(master, "quotestance eval identity");
            try {
                System.out.print(quotestance.eval.IdentityFigures.format(quotestance.eval.IdentityFigures.read(spark, tables, top)));
                return 0;
            } finally {
                spark.stop();
            }
        }
    }
}
