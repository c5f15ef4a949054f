package quotestance.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import quotestance.model.StanceLabel;

/**
 * The stance expressed toward one target in its sentence: the trained model's label and score, and as
 * evidence the words that pushed hardest toward that label. Thread-safe (the model is read-only).
 */
public final class StanceClassifier {
    /** A decision: label, score P(positive) - P(negative) in [-1, 1], and the evidence behind it. */
    public record Decision(StanceLabel label, double score, double probability, String evidence) {
    }

    private final StanceModel model;

    public StanceClassifier(StanceModel model) {
        if (model.denseWidth() != StanceFeatures.DENSE) {
            throw new IllegalArgumentException("the stance model weighs " + model.denseWidth() + " dense values, the features have "
                    + StanceFeatures.DENSE + ": retrain it (jobs/train-stance.sh)");
        }
        this.model = model;
    }

    public static StanceClassifier defaults() {
        return new StanceClassifier(StanceModel.defaults());
    }

    /** @param start UTF-16 start of the target in {@code text}; {@code end} its end */
    public Decision classify(String text, int start, int end) {
        StanceModel.Prediction p = model.predict(StanceFeatures.extract(text, start, end));
        double score = Math.round(p.score() * 1000) / 1000.0;
        return new Decision(p.label(), score, p.probability(), evidence(text, start, end, p.label()));
    }

    /**
     * The three words whose own features weigh most for the chosen label, as "label: word, word, word". Words
     * are hashed where they stand; only the three shown become strings (this ran for every stance).
     */
    private String evidence(String text, int start, int end, StanceLabel label) {
        record Weighted(int from, int to, double weight) {
        }
        List<Weighted> ranked = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (i >= start && i < end) {
                i = end;
                continue;
            }
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-') && !(j >= start && j < end)) j++;
            int slot = StanceFeatures.wordSlot(text, i, j);
            if (seen.add(slot)) {
                double c = model.contribution(slot, label.ordinal());
                if (c > 0) ranked.add(new Weighted(i, j, c));
            }
            i = j;
        }
        ranked.sort(Comparator.comparingDouble(Weighted::weight).reversed());
        StringBuilder sb = new StringBuilder("model: ").append(label.label());
        for (int k = 0; k < Math.min(3, ranked.size()); k++) {
            Weighted w = ranked.get(k);
            sb.append(k == 0 ? " (" : ", ");
            for (int c = w.from(); c < w.to(); c++) sb.append(Character.toLowerCase(text.charAt(c)));
        }
        if (!ranked.isEmpty()) sb.append(')');
        return sb.toString();
    }
}
