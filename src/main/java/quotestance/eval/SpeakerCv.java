package quotestance.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import quotestance.parties.PartyGazetteer;
import quotestance.pipeline.ArticleAnalyzer;
import quotestance.speakers.SpeakerRanker;
import quotestance.speakers.SpeakerRankerTrainer;

/**
 * Cross-validation of the speaker ranker by fold: for each fold, a ranker trained on the other folds of every set
 * whose speakers are resolved names scores that fold of every set; nothing is chosen by looking at a fold that is
 * scored. Reports, per set, speaker accuracy (cov30) for each fold with the rules alone and with the ranker, their
 * mean and spread, accuracy by mention kind over all folds, and the confidence AUC.
 */
public final class SpeakerCv {
    /** One set's figures in one fold, with the rules alone and with the ranker. */
    public record FoldFigures(int fold, QuoteEval.Result rules, QuoteEval.Result ranker) {
    }

    /** One set's figures over the folds, and its examples (the quotes the ranker judges that have a gold speaker). */
    public record SetFigures(String set, List<FoldFigures> folds, List<SpeakerExamples.Labeled> examples, List<Double> penalties) {
        public double[] accuracy(boolean withRanker) {
            return folds.stream().mapToDouble(f -> (withRanker ? f.ranker() : f.rules()).metrics().get("speaker_cov30_accuracy")).toArray();
        }

        public double[] metric(String name, boolean withRanker) {
            return folds.stream().mapToDouble(f -> (withRanker ? f.ranker() : f.rules()).metrics().get(name)).toArray();
        }

        public double[] auc(boolean withRanker) {
            return folds.stream().mapToDouble(f -> (withRanker ? f.ranker() : f.rules()).confidenceAuc()).toArray();
        }

        public List<QuoteScorer.Outcome> outcomes(boolean withRanker) {
            List<QuoteScorer.Outcome> out = new ArrayList<>();
            for (FoldFigures f : folds) out.addAll((withRanker ? f.ranker() : f.rules()).outcomes());
            return out;
        }
    }

    private SpeakerCv() {
    }

    /**
     * Runs the cross-validation; with {@code predictionsDir}, writes each set's held-out predictions with the
     * ranker to {@code <set>.cv.predictions.jsonl} there.
     */
    public static List<SetFigures> run(List<GoldSet> sets, SpeakerRankerTrainer.Options options, java.nio.file.Path predictionsDir)
            throws IOException {
        Map<String, java.io.Writer> writers = new LinkedHashMap<>();
        try {
            if (predictionsDir != null) {
                java.nio.file.Files.createDirectories(predictionsDir);
                for (GoldSet s : sets) {
                    writers.put(s.name(), java.nio.file.Files.newBufferedWriter(predictionsDir.resolve(s.name() + ".cv.predictions.jsonl")));
                }
            }
            return run(sets, options, writers);
        } finally {
            for (java.io.Writer w : writers.values()) w.close();
        }
    }

    private static List<SetFigures> run(List<GoldSet> sets, SpeakerRankerTrainer.Options options, Map<String, java.io.Writer> writers)
            throws IOException {
        List<SpeakerExamples.Labeled> examples = new ArrayList<>();
        for (GoldSet s : sets) examples.addAll(SpeakerExamples.of(s, f -> true));
        ArticleAnalyzer rules = new ArticleAnalyzer(PartyGazetteer.defaults(), SpeakerRanker.NONE);
        Map<String, List<FoldFigures>> bySet = new LinkedHashMap<>();
        List<Double> penalties = new ArrayList<>();
        for (GoldSet s : sets) bySet.put(s.name(), new ArrayList<>());
        for (int k = 0; k < GoldSet.FOLDS; k++) {
            final int fold = k;
            List<SpeakerExamples.Labeled> train = examples.stream().filter(e -> e.fold() != fold).toList();
            SpeakerRankerTrainer.Options chosen = RankerTuning.choose(train, options);
            penalties.add(chosen.l2());
            ArticleAnalyzer ranked = new ArticleAnalyzer(PartyGazetteer.defaults(),
                    SpeakerRankerTrainer.fit(train.stream().map(SpeakerExamples.Labeled::example).toList(), chosen));
            for (GoldSet s : sets) {
                bySet.get(s.name()).add(new FoldFigures(fold, QuoteEval.run(s, rules, f -> f == fold, null),
                        QuoteEval.run(s, ranked, f -> f == fold, writers.get(s.name()))));
            }
        }
        List<SetFigures> out = new ArrayList<>();
        bySet.forEach((name, folds) -> out.add(new SetFigures(name, folds,
                examples.stream().filter(e -> e.set().equals(name)).toList(), penalties)));
        return out;
    }

    /** The report: per set, each fold, mean ± spread, then by mention kind, then AUC. */
    public static String format(List<SetFigures> figures) {
        StringBuilder sb = new StringBuilder();
        for (SetFigures s : figures) {
            sb.append(String.format(Locale.ROOT, "== %s: speaker accuracy (cov30), %d-fold cross-validation%n", s.set(), s.folds().size()));
            sb.append(String.format(Locale.ROOT, "  %-22s", "fold"));
            for (FoldFigures f : s.folds()) sb.append(String.format(Locale.ROOT, " %7d", f.fold()));
            sb.append(String.format(Locale.ROOT, " %16s%n", "mean ± sd"));
            sb.append(String.format(Locale.ROOT, "  %-22s", "penalty (inner CV)"));
            for (double p : s.penalties()) sb.append(String.format(Locale.ROOT, " %7.0e", p));
            sb.append(String.format(Locale.ROOT, "%n"));
            row(sb, "rules alone", s.accuracy(false));
            row(sb, "with the ranker", s.accuracy(true));
            row(sb, "quote_cov30_f1 (ranker)", s.metric("quote_cov30_f1", true));
            row(sb, "confidence AUC rules", s.auc(false));
            row(sb, "confidence AUC ranker", s.auc(true));
            sb.append(String.format(Locale.ROOT, "  pooled confidence AUC: rules %.4f, ranker %.4f%n",
                    QuoteScorer.auc(s.outcomes(false), o -> o.pred().confidence()),
                    QuoteScorer.auc(s.outcomes(true), o -> o.pred().confidence())));
            Map<String, RuleFigures.Figures> before = RuleFigures.by(s.outcomes(false), o -> o.pred().mentionKind());
            Map<String, RuleFigures.Figures> after = RuleFigures.by(s.outcomes(true), o -> o.pred().mentionKind());
            sb.append(String.format(Locale.ROOT, "  %-22s %9s %9s %9s %9s%n", "by mention kind", "quotes", "rules", "ranker", "annotated"));
            Map<String, Boolean> kinds = new TreeMap<>();
            before.keySet().forEach(k -> kinds.put(k, true));
            after.keySet().forEach(k -> kinds.put(k, true));
            for (String k : kinds.keySet()) {
                RuleFigures.Figures b = before.get(k), a = after.get(k);
                sb.append(String.format(Locale.ROOT, "  %-22s %9d %9s %9s %9d%n", k, a == null ? 0 : a.quotes(), acc(b), acc(a),
                        a == null ? 0 : a.speakerAnnotated()));
            }
            if (!s.examples().isEmpty()) reach(sb, s.examples());
        }
        return sb.toString();
    }

    /** How often the candidates hold the gold speaker at all, and how often the rule step's choice is it. */
    private static void reach(StringBuilder sb, List<SpeakerExamples.Labeled> examples) {
        sb.append(String.format(Locale.ROOT, "  %-22s %9s %9s %9s%n", "ranked quotes by kind", "quotes", "reachable", "rule right"));
        Map<String, long[]> by = new TreeMap<>();
        for (SpeakerExamples.Labeled e : examples) {
            long[] c = by.computeIfAbsent(e.kind(), k -> new long[3]);
            c[0]++;
            if (e.example().right().contains(Boolean.TRUE)) c[1]++;
            if (e.example().ruleRight()) c[2]++;
        }
        by.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "  %-22s %9d %9.3f %9.3f%n", k, c[0], c[1] / (double) c[0], c[2] / (double) c[0])));
    }

    private static String acc(RuleFigures.Figures f) {
        return f == null || Double.isNaN(f.speakerAccuracy()) ? "-" : String.format(Locale.ROOT, "%.3f", f.speakerAccuracy());
    }

    private static void row(StringBuilder sb, String label, double[] v) {
        sb.append(String.format(Locale.ROOT, "  %-22s", label));
        double mean = 0;
        for (double x : v) {
            sb.append(String.format(Locale.ROOT, " %7.4f", x));
            mean += x / v.length;
        }
        double var = 0;
        for (double x : v) var += (x - mean) * (x - mean) / Math.max(1, v.length - 1);
        sb.append(String.format(Locale.ROOT, " %8.4f ± %.4f%n", mean, Math.sqrt(var)));
    }
}
