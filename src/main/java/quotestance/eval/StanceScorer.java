package quotestance.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The stance metrics of {@code ../shared/eval/score.py}: per-label F1, macro-F1 over gold labels, accuracy. */
public final class StanceScorer {
    private static final List<String> LABELS = List.of("negative", "neutral", "positive");

    private StanceScorer() {
    }

    /** @param gold id to gold label; @param predicted id to predicted label (a missing id counts as wrong) */
    public static Map<String, Double> score(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Double> out = new TreeMap<>();
        double f1Sum = 0;
        int labelsPresent = 0;
        long correct = 0;
        for (String label : LABELS) {
            long tp = 0, nPred = 0, nGold = 0;
            for (var e : gold.entrySet()) {
                String p = predicted.get(e.getKey());
                if (label.equals(p)) nPred++;
                if (label.equals(e.getValue())) nGold++;
                if (label.equals(p) && label.equals(e.getValue())) tp++;
            }
            double f1 = QuoteScorer.prf(tp, nPred, nGold)[2];
            out.put(label + "_f1", f1);
            if (nGold > 0) {
                f1Sum += f1;
                labelsPresent++;
            }
            correct += tp;
        }
        out.put("macro_f1", labelsPresent == 0 ? 0.0 : f1Sum / labelsPresent);
        out.put("accuracy", gold.isEmpty() ? 0.0 : (double) correct / gold.size());
        out.put("missing_predictions", (double) gold.keySet().stream().filter(id -> !predicted.containsKey(id)).count());
        out.put("targets", (double) gold.size());
        return out;
    }
}
