package quotestance.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What each attribution rule, resolution step and mention rule earns on an annotated set: how many quotes it
 * gave, the share of them that are gold quotes (precision at cov30), the share of those with an annotated
 * speaker whose speaker is right, and the share right end to end (what the confidence AUC counts as right).
 */
public final class RuleFigures {
    /** The figures of one rule. */
    public record Figures(long quotes, long matched, long speakerAnnotated, long speakerRight, long right) {
        Figures plus(QuoteScorer.Outcome o) {
            return new Figures(quotes + 1, matched + (o.matched() ? 1 : 0), speakerAnnotated + (o.speakerAnnotated() ? 1 : 0),
                    speakerRight + (o.speakerRight() ? 1 : 0), right + (o.right() ? 1 : 0));
        }

        public double precision() {
            return quotes == 0 ? 0 : (double) matched / quotes;
        }

        public double speakerAccuracy() {
            return speakerAnnotated == 0 ? Double.NaN : (double) speakerRight / speakerAnnotated;
        }

        public double rightShare() {
            return quotes == 0 ? 0 : (double) right / quotes;
        }
    }

    private RuleFigures() {
    }

    /** The rule of an attribution: the part before {@code +} ({@code direct:cue-after}). */
    public static String rule(QuoteScorer.Outcome o) {
        String a = o.pred().attribution();
        if (a == null) return "none";
        int plus = a.indexOf('+');
        return plus < 0 ? a : a.substring(0, plus);
    }

    /** The resolution step of an attribution: the part after {@code +} ({@code pronoun}), "none" without one. */
    public static String step(QuoteScorer.Outcome o) {
        String a = o.pred().attribution();
        int plus = a == null ? -1 : a.indexOf('+');
        return plus < 0 ? "none" : a.substring(plus + 1);
    }

    public static String mentionRule(QuoteScorer.Outcome o) {
        return o.pred().mentionRule() == null ? "none" : o.pred().mentionRule();
    }

    public static Map<String, Figures> by(List<QuoteScorer.Outcome> outcomes, Function<QuoteScorer.Outcome, String> key) {
        Map<String, Figures> out = new TreeMap<>();
        for (QuoteScorer.Outcome o : outcomes) out.merge(key.apply(o), new Figures(0, 0, 0, 0, 0).plus(o), RuleFigures::sum);
        return out;
    }

    private static Figures sum(Figures a, Figures b) {
        return new Figures(a.quotes() + b.quotes(), a.matched() + b.matched(), a.speakerAnnotated() + b.speakerAnnotated(),
                a.speakerRight() + b.speakerRight(), a.right() + b.right());
    }

    /** One table: a line per key, most quotes first. */
    public static String format(String title, Map<String, Figures> figures) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-40s %7s %10s %12s %8s%n", title, "quotes", "precision", "speaker_acc", "right"));
        figures.entrySet().stream()
                .sorted((a, b) -> a.getValue().quotes() != b.getValue().quotes()
                        ? Long.compare(b.getValue().quotes(), a.getValue().quotes()) : a.getKey().compareTo(b.getKey()))
                .forEach(e -> {
                    Figures f = e.getValue();
                    sb.append(String.format(Locale.ROOT, "  %-38s %7d %10.3f %12s %8.3f%n", e.getKey(), f.quotes(), f.precision(),
                            Double.isNaN(f.speakerAccuracy()) ? "-" : String.format(Locale.ROOT, "%.3f", f.speakerAccuracy()),
                            f.rightShare()));
                });
        return sb.toString();
    }
}
