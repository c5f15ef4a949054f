package quotestance.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import quotestance.UserError;
import quotestance.eval.Metrics;
import quotestance.eval.StanceScorer;
import quotestance.model.StanceLabel;
import quotestance.stance.StanceClassifier;
import quotestance.stance.StanceExamples;
import quotestance.stance.StanceFeatures;
import quotestance.stance.StanceModel;
import quotestance.stance.StanceTrainer;

/** The stance commands that need no Spark: classify, train, evaluate. */
final class StanceCommands {
    private StanceCommands() {
    }

    static StanceClassifier classifier(Path model) throws Exception {
        if (model == null) return StanceClassifier.defaults();
        try (var in = Files.newInputStream(model)) {
            return new StanceClassifier(StanceModel.read(in));
        }
    }

    @Command(name = "classify-stance", mixinStandardHelpOptions = true,
            description = "Label the stance toward each target: reads {id, text, target_start, target_end} lines, writes {id, label, score}.")
    static final class Classify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN.jsonl") Path in;
        @Parameters(index = "1", paramLabel = "OUT.jsonl") Path out;
        @Option(names = "--model", paramLabel = "FILE", description = "A model from train-stance (default: the one in the jar).")
        Path model;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(in)) throw new UserError("cannot read " + in);
            StanceClassifier c = classifier(model);
            ObjectMapper json = new ObjectMapper();
            long t0 = System.nanoTime();
            List<StanceExamples.Target> targets = StanceExamples.read(in);
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (StanceExamples.Target t : targets) {
                    StanceClassifier.Decision d = c.classify(t.text(), t.start(), t.end());
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", t.id());
                    row.put("label", d.label().label());
                    row.put("score", d.score());
                    w.write(json.writeValueAsString(row));
                    w.write('\n');
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf("classified %,d targets in %.2f s (%,.0f targets/s)%n", targets.size(), s, targets.size() / s);
            return 0;
        }
    }

    @Command(name = "train-stance", mixinStandardHelpOptions = true,
            description = "Train the stance model on labelled targets (format 2 of ../shared/eval/README.md); weights only are written.")
    static final class Train implements Callable<Integer> {
        @Option(names = "--train", required = true, paramLabel = "FILE",
                description = "Labelled targets; repeat the option to train on several files.") List<Path> train;
        @Option(names = "--dev", paramLabel = "FILE", description = "Report macro-F1 on this set after training.") Path dev;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
        @Option(names = "--epochs", defaultValue = "15") int epochs;
        @Option(names = "--rate", defaultValue = "0.03") double rate;
        @Option(names = "--l2", defaultValue = "1e-5") double l2;
        @Option(names = "--runs", defaultValue = "5", description = "Models averaged, each trained in another order.") int runs;
        @Option(names = "--seed", defaultValue = "7") long seed;

        @Override
        public Integer call() throws Exception {
            List<StanceTrainer.Example> examples = new ArrayList<>();
            for (Path file : train) for (StanceExamples.Target t : StanceExamples.read(file)) {
                if (t.label() == null) throw new UserError(file + ": target " + t.id() + " has no label");
                examples.add(new StanceTrainer.Example(StanceFeatures.extract(t.text(), t.start(), t.end()),
                        StanceLabel.valueOf(t.label().toUpperCase(java.util.Locale.ROOT))));
            }
            StanceModel model = new StanceTrainer(epochs, rate, l2, seed).trainAveraged(examples, runs);
            model.write(out);
            System.out.printf("trained on %,d targets; model %s (%,d bytes)%n", examples.size(), out, Files.size(out));
            if (dev != null) {
                Path predictions = Path.of("target/eval", dev.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".predictions.jsonl");
                System.out.print(Metrics.format(evaluate(new StanceClassifier(model), dev, predictions)));
            }
            return 0;
        }
    }

    /** The metrics of {@code score.py stance}; the {id, label} predictions go to {@code predictionsOut} for it. */
    static Map<String, Double> evaluate(StanceClassifier c, Path gold, Path predictionsOut) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> goldLabels = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        if (predictionsOut.toAbsolutePath().getParent() != null) Files.createDirectories(predictionsOut.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
            for (StanceExamples.Target t : StanceExamples.read(gold)) {
                String label = c.classify(t.text(), t.start(), t.end()).label().label();
                goldLabels.put(t.id(), t.label());
                predicted.put(t.id(), label);
                w.write(json.writeValueAsString(Map.of("id", t.id(), "label", label)));
                w.write('\n');
            }
        }
        return StanceScorer.score(goldLabels, predicted);
    }
}
