package quotestance.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import quotestance.attribution.ConfidenceTable;

/**
 * Measures a {@link ConfidenceTable} on annotated sets, and checks it on data it was not measured on: each set
 * scored with a table measured on the others, and each fold of a set with folds scored with a table measured
 * on everything but that fold. Each set counts equally (a large set of other conventions must not decide
 * alone), and a rate seen on few quotes is pulled toward the overall rate by {@link #SMOOTHING} pseudo-quotes:
 * a number fixed beforehand, not tuned on the sets.
 */
public final class ConfidenceFit {
    static final double SMOOTHING = 10;

    /** The outcomes of one annotated set, by name. */
    public record Set(String name, List<QuoteScorer.Outcome> outcomes) {
    }

    /** An AUC of the measured table against the AUC of the confidence the quotes carry, on held-out data. */
    public record Check(String heldOut, double tableAuc, double currentAuc, int quotes) {
    }

    private ConfidenceFit() {
    }

    public static ConfidenceTable fit(List<Set> sets) {
        // a set of given spans (quotes_complete false) says nothing of how often a rule's quotes are real ones
        double rulePrior = mean(sets, QuoteScorer.Outcome::quotesComplete, QuoteScorer.Outcome::matched);
        double stepPrior = mean(sets, QuoteScorer.Outcome::speakerAnnotated, QuoteScorer.Outcome::speakerRight);
        Map<String, Double> rules = new LinkedHashMap<>();
        for (String rule : keys(sets, RuleFigures::rule)) {
            rules.put(rule + "\t" + ConfidenceTable.ANY, smoothedMean(sets, o -> o.quotesComplete() && RuleFigures.rule(o).equals(rule),
                    QuoteScorer.Outcome::matched, rulePrior));
        }
        Map<String, Double> steps = new LinkedHashMap<>();
        for (String step : keys(sets, RuleFigures::step)) {
            if (step.equals("none")) continue;
            steps.put(step, smoothedMean(sets, o -> RuleFigures.step(o).equals(step) && o.speakerAnnotated(),
                    QuoteScorer.Outcome::speakerRight, stepPrior));
        }
        return new ConfidenceTable(rules, steps, rulePrior, stepPrior);
    }

    public static double score(ConfidenceTable t, QuoteScorer.Outcome o) {
        String step = RuleFigures.step(o);
        return t.of(RuleFigures.rule(o), step.equals("none") ? null : step);
    }

    /** Each set scored by a table measured on the others; each fold by a table measured on all but that fold. */
    public static List<Check> checks(List<Set> sets) {
        List<Check> out = new ArrayList<>();
        if (sets.size() > 1) {
            for (Set held : sets) {
                List<Set> rest = sets.stream().filter(s -> s != held).toList();
                out.add(check(held.name(), fit(rest), held.outcomes()));
            }
        }
        for (Set s : sets) {
            java.util.Set<Integer> folds = new TreeSet<>();
            for (QuoteScorer.Outcome o : s.outcomes()) if (o.fold() >= 0) folds.add(o.fold());
            for (int fold : folds) {
                List<Set> train = new ArrayList<>();
                for (Set other : sets) {
                    train.add(other != s ? other
                            : new Set(s.name(), s.outcomes().stream().filter(o -> o.fold() != fold).toList()));
                }
                out.add(check(s.name() + " fold " + fold, fit(train), s.outcomes().stream().filter(o -> o.fold() == fold).toList()));
            }
        }
        return out;
    }

    private static Check check(String name, ConfidenceTable t, List<QuoteScorer.Outcome> held) {
        return new Check(name, QuoteScorer.auc(held, o -> score(t, o)), QuoteScorer.auc(held, o -> o.pred().confidence()), held.size());
    }

    private static List<String> keys(List<Set> sets, java.util.function.Function<QuoteScorer.Outcome, String> key) {
        java.util.Set<String> out = new TreeSet<>();
        for (Set s : sets) for (QuoteScorer.Outcome o : s.outcomes()) out.add(key.apply(o));
        return List.copyOf(out);
    }

    /** The mean over sets of each set's rate (sets without a counted outcome left out). */
    private static double mean(List<Set> sets, Predicate<QuoteScorer.Outcome> counted, Predicate<QuoteScorer.Outcome> hit) {
        return rate(sets, counted, hit, 0.5, 0);
    }

    private static double smoothedMean(List<Set> sets, Predicate<QuoteScorer.Outcome> counted, Predicate<QuoteScorer.Outcome> hit,
                                       double prior) {
        return rate(sets, counted, hit, prior, SMOOTHING);
    }

    /** The mean over sets of (hits + pseudo x prior) / (counted + pseudo); the prior when no set counts one. */
    private static double rate(List<Set> sets, Predicate<QuoteScorer.Outcome> counted, Predicate<QuoteScorer.Outcome> hit,
                               double prior, double pseudo) {
        double sum = 0;
        int n = 0;
        for (Set s : sets) {
            long c = 0, h = 0;
            for (QuoteScorer.Outcome o : s.outcomes()) {
                if (!counted.test(o)) continue;
                c++;
                if (hit.test(o)) h++;
            }
            if (c > 0) {
                sum += (h + pseudo * prior) / (c + pseudo);
                n++;
            }
        }
        return n == 0 ? prior : sum / n;
    }
}
