package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the {@link SpeakerRanker}: a conditional logit over each quote's candidates and the option that none of
 * them spoke, maximising the probability of the candidates that are right (any of them: one person may be two
 * entities of an article), with an L2 penalty, by full-batch AdaGrad over a fixed number of rounds. Features are
 * indexed in sorted order and examples read in the order given, so the same examples give the same weights.
 */
public final class SpeakerRankerTrainer {
    /**
     * One quote: each candidate's features, the none option's, which candidates are the gold speaker, and which
     * candidate the rule step chose (-1 for none).
     */
    public record Example(List<List<String>> candidates, List<String> none, List<Boolean> right, int ruleChoice) {
        public boolean ruleRight() {
            return ruleChoice >= 0 && right.get(ruleChoice);
        }

        boolean anyRight() {
            return right.contains(Boolean.TRUE);
        }
    }

    /** The penalty on the weights (per example), the rounds, and AdaGrad's step. */
    public record Options(double l2, int rounds, double step) {
        public static final Options DEFAULTS = new Options(1e-3, 300, 0.3);
    }

    private SpeakerRankerTrainer() {
    }

    public static SpeakerRanker fit(List<Example> examples, Options o) {
        TreeSet<String> names = new TreeSet<>();
        for (Example e : examples) {
            for (List<String> c : e.candidates()) names.addAll(c);
            names.addAll(e.none());
        }
        Map<String, Integer> index = new TreeMap<>();
        for (String n : names) index.put(n, index.size());
        List<int[][]> coded = new ArrayList<>(examples.size());
        for (Example e : examples) {
            int[][] opts = new int[e.candidates().size() + 1][];
            for (int i = 0; i < e.candidates().size(); i++) opts[i] = code(e.candidates().get(i), index);
            opts[opts.length - 1] = code(e.none(), index);
            coded.add(opts);
        }
        double[] w = new double[index.size()];
        double[] g2 = new double[index.size()];
        double n = Math.max(1, examples.size());
        for (int round = 0; round < o.rounds(); round++) {
            double[] grad = new double[w.length];
            for (int x = 0; x < coded.size(); x++) {
                int[][] opts = coded.get(x);
                boolean[] target = target(examples.get(x), opts.length);
                double[] p = softmax(opts, w);
                double inTarget = 0;
                for (int j = 0; j < p.length; j++) if (target[j]) inTarget += p[j];
                for (int j = 0; j < p.length; j++) {
                    double d = p[j] - (target[j] ? p[j] / inTarget : 0);
                    if (d == 0) continue;
                    for (int f : opts[j]) grad[f] += d / n;
                }
            }
            for (int f = 0; f < w.length; f++) {
                double gf = grad[f] + o.l2() * w[f];
                g2[f] += gf * gf;
                if (g2[f] > 0) w[f] -= o.step() * gf / Math.sqrt(g2[f]);
            }
        }
        Map<String, Double> weights = new TreeMap<>();
        for (var e : index.entrySet()) if (w[e.getValue()] != 0) weights.put(e.getKey(), w[e.getValue()]);
        return new SpeakerRanker(weights, 0);
    }

    private static boolean[] target(Example e, int options) {
        boolean[] t = new boolean[options];
        if (!e.anyRight()) {
            t[options - 1] = true;
            return t;
        }
        for (int i = 0; i < e.right().size(); i++) t[i] = e.right().get(i);
        return t;
    }

    private static double[] softmax(int[][] opts, double[] w) {
        double[] s = new double[opts.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < opts.length; j++) {
            for (int f : opts[j]) s[j] += w[f];
            max = Math.max(max, s[j]);
        }
        double sum = 0;
        for (int j = 0; j < s.length; j++) sum += s[j] = Math.exp(s[j] - max);
        for (int j = 0; j < s.length; j++) s[j] /= sum;
        return s;
    }

    private static int[] code(List<String> features, Map<String, Integer> index) {
        return features.stream().distinct().mapToInt(index::get).toArray();
    }
}
