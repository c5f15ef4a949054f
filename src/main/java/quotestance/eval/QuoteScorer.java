package quotestance.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleBiFunction;

/**
 * The quote metrics of {@code ../shared/eval/score.py}: per article, a greedy one-to-one matching of gold and
 * predicted quotes by similarity (iou50, cov30, cov80), then precision, recall and F1 of quotes, of direct
 * quotes, speaker accuracy over matched pairs, and end-to-end attribution F1.
 */
public final class QuoteScorer {
    /** A gold quote: content offsets, speaker name and mention offsets (code points), whether direct. */
    public record Gold(int start, int end, String speaker, Integer speakerStart, Integer speakerEnd, boolean direct) {
    }

    /**
     * A predicted quote, as the {@code quotes} table has it, with the kind of its speaker mention (name, title,
     * description, pronoun, floating or none: {@link QuoteEval}).
     */
    public record Pred(int start, int end, String speaker, Integer speakerStart, Integer speakerEnd, String kind,
                       double confidence, String attribution, String mentionRule, String mentionKind) {
    }

    /**
     * One gold article with its quotes; {@code speakersResolved} is false where speakers are mentions as written;
     * {@code fold} is the article's cross-validation fold, or -1 in a set without folds; {@code quotesComplete}
     * is false where the annotators judged given spans rather than marking every quote (precision then says
     * little, and recall nothing).
     */
    public record GoldArticle(String id, List<Gold> quotes, boolean speakersResolved, int fold, boolean quotesComplete) {
    }

    /**
     * What became of one predicted quote: matched to a gold quote at cov30, whether that gold quote names a
     * speaker, and whether the predicted speaker is that one. {@code right} is what the confidence AUC counts:
     * matched, with the speaker right or not annotated.
     */
    public record Outcome(Pred pred, int fold, boolean quotesComplete, boolean matched, boolean speakerAnnotated,
                          boolean speakerRight) {
        public boolean right() {
            return matched && (!speakerAnnotated || speakerRight);
        }
    }

    private QuoteScorer() {
    }

    public static Map<String, Double> score(List<GoldArticle> articles, Map<String, List<Pred>> predictions) {
        Map<String, Double> out = new TreeMap<>();
        record Sim(String name, ToDoubleBiFunction<Gold, Pred> f, double threshold) {
        }
        List<Sim> sims = List.of(new Sim("iou50", QuoteScorer::iou, 0.5), new Sim("cov30", QuoteScorer::coverage, 0.3),
                new Sim("cov80", QuoteScorer::coverage, 0.8));
        for (Sim sim : sims) {
            long tp = 0, nPred = 0, nGold = 0, spOk = 0, spN = 0, e2e = 0, dTp = 0, dPred = 0, dGold = 0;
            for (GoldArticle a : articles) {
                List<Gold> gold = a.quotes();
                List<Pred> pred = predictions.getOrDefault(a.id(), List.of());
                List<int[]> pairs = match(gold, pred, sim.f(), sim.threshold());
                tp += pairs.size();
                nPred += pred.size();
                nGold += gold.size();
                List<Gold> gd = gold.stream().filter(Gold::direct).toList();
                List<Pred> pd = pred.stream().filter(p -> "direct".equals(p.kind())).toList();
                dTp += match(gd, pd, sim.f(), sim.threshold()).size();
                dPred += pd.size();
                dGold += gd.size();
                for (int[] pair : pairs) {
                    Gold g = gold.get(pair[0]);
                    Pred p = pred.get(pair[1]);
                    if (g.speaker() != null && !g.speaker().isEmpty()) {
                        spN++;
                        boolean ok = speakerCorrect(g, p, a.speakersResolved());
                        if (ok) {
                            spOk++;
                            e2e++;
                        }
                    } else {
                        e2e++;
                    }
                }
            }
            double[] prf = prf(tp, nPred, nGold);
            out.put("quote_" + sim.name() + "_precision", prf[0]);
            out.put("quote_" + sim.name() + "_recall", prf[1]);
            out.put("quote_" + sim.name() + "_f1", prf[2]);
            out.put("direct_" + sim.name() + "_f1", prf(dTp, dPred, dGold)[2]);
            out.put("speaker_" + sim.name() + "_accuracy", spN == 0 ? 0.0 : (double) spOk / spN);
            out.put("attribution_" + sim.name() + "_f1", prf(e2e, nPred, nGold)[2]);
        }
        out.put("gold_quotes", (double) articles.stream().mapToInt(a -> a.quotes().size()).sum());
        out.put("predicted_quotes", (double) articles.stream().mapToInt(a -> predictions.getOrDefault(a.id(), List.of()).size()).sum());
        Set<String> ids = new HashSet<>();
        for (GoldArticle a : articles) ids.add(a.id());
        out.put("predicted_quotes_for_unknown_articles", (double) predictions.entrySet().stream()
                .filter(e -> !ids.contains(e.getKey())).mapToInt(e -> e.getValue().size()).sum());
        return out;
    }

    /** The outcome of every predicted quote, article by article, prediction by prediction. */
    public static List<Outcome> outcomes(List<GoldArticle> articles, Map<String, List<Pred>> predictions) {
        List<Outcome> out = new ArrayList<>();
        for (GoldArticle a : articles) {
            List<Pred> pred = predictions.getOrDefault(a.id(), List.of());
            Map<Integer, Integer> goldOf = new java.util.HashMap<>();
            for (int[] pair : match(a.quotes(), pred, QuoteScorer::coverage, 0.3)) goldOf.put(pair[1], pair[0]);
            for (int pi = 0; pi < pred.size(); pi++) {
                Integer gi = goldOf.get(pi);
                Gold g = gi == null ? null : a.quotes().get(gi);
                boolean annotated = g != null && g.speaker() != null && !g.speaker().isEmpty();
                out.add(new Outcome(pred.get(pi), a.fold(), a.quotesComplete(), g != null, annotated,
                        annotated && speakerCorrect(g, pred.get(pi), a.speakersResolved())));
            }
        }
        return out;
    }

    /**
     * How well {@code confidence} ranks right attributions (matched at cov30, speaker right or not annotated)
     * above wrong ones: the probability that a random right one scores higher than a random wrong one (AUC).
     */
    public static double confidenceAuc(List<GoldArticle> articles, Map<String, List<Pred>> predictions) {
        return auc(outcomes(articles, predictions), o -> o.pred().confidence());
    }

    /** The AUC of a score over outcomes: P(a random right one scores above a random wrong one), ties half. */
    public static double auc(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> score) {
        List<Double> right = new ArrayList<>();
        List<Double> wrong = new ArrayList<>();
        for (Outcome o : outcomes) (o.right() ? right : wrong).add(score.applyAsDouble(o));
        if (right.isEmpty() || wrong.isEmpty()) return 0.5;
        java.util.Collections.sort(wrong);
        double wins = 0;
        for (double r : right) { // count the wrong scores below and equal to r by binary search: n log n, not n²
            int below = lowerBound(wrong, r);
            int upTo = upperBound(wrong, r);
            wins += below + 0.5 * (upTo - below);
        }
        return wins / ((double) right.size() * wrong.size());
    }

    private static int lowerBound(List<Double> sorted, double v) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int upperBound(List<Double> sorted, double v) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) <= v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static boolean speakerCorrect(Gold g, Pred p, boolean speakersResolved) {
        if (NameMatch.samePerson(g.speaker(), p.speaker())) return true;
        if (!speakersResolved && g.speakerStart() != null && p.speakerStart() != null && p.speakerEnd() != null) {
            return overlap(g.speakerStart(), g.speakerEnd(), p.speakerStart(), p.speakerEnd()) > 0;
        }
        return false;
    }

    private static List<int[]> match(List<Gold> gold, List<Pred> pred, ToDoubleBiFunction<Gold, Pred> sim, double threshold) {
        record Pair(double s, int gi, int pi) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < pred.size(); pi++) {
                double s = sim.applyAsDouble(gold.get(gi), pred.get(pi));
                if (s >= threshold && s > 0) pairs.add(new Pair(s, gi, pi));
            }
        }
        pairs.sort((a, b) -> a.s() != b.s() ? Double.compare(b.s(), a.s())
                : a.gi() != b.gi() ? Integer.compare(a.gi(), b.gi()) : Integer.compare(a.pi(), b.pi()));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (usedG.contains(p.gi()) || usedP.contains(p.pi())) continue;
            usedG.add(p.gi());
            usedP.add(p.pi());
            out.add(new int[] {p.gi(), p.pi()});
        }
        return out;
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    static double iou(Gold g, Pred p) {
        int inter = overlap(g.start(), g.end(), p.start(), p.end());
        int union = (g.end() - g.start()) + (p.end() - p.start()) - inter;
        return union == 0 ? 0.0 : (double) inter / union;
    }

    static double coverage(Gold g, Pred p) {
        int n = g.end() - g.start();
        return n == 0 ? 0.0 : (double) overlap(g.start(), g.end(), p.start(), p.end()) / n;
    }

    static double[] prf(long tp, long nPred, long nGold) {
        double p = nPred == 0 ? 0.0 : (double) tp / nPred;
        double r = nGold == 0 ? 0.0 : (double) tp / nGold;
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }
}
