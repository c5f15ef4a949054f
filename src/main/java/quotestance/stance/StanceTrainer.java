package quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import quotestance.model.StanceLabel;

/**
 * Trains {@link StanceModel} by stochastic gradient descent with AdaGrad steps, L2 regularisation and class
 * weights (the labels are unbalanced and the target metric is macro-F1). Deterministic for a given seed.
 */
public final class StanceTrainer {
    /** One training example: hashed feature slots and its gold label. */
    public record Example(StanceFeatures.Features features, StanceLabel label) {
    }

    private final int epochs;
    private final double rate;
    private final double l2;
    private final long seed;

    public StanceTrainer(int epochs, double rate, double l2, long seed) {
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.seed = seed;
    }

    /** The hashed slots, then as many weights as the examples have dense values (all have as many). */
    private static int width(List<Example> examples) {
        return StanceFeatures.DIM + (examples.isEmpty() ? 0 : examples.get(0).features().dense().length);
    }

    public StanceModel train(List<Example> examples) {
        return train(examples, java.util.Map.of(), 0);
    }

    /** The mean of {@code runs} models trained in different orders (seed, seed + 1, ...): steadier than one. */
    public StanceModel trainAveraged(List<Example> examples, int runs) {
        float[][] mean = new float[StanceModel.LABELS.length][width(examples)];
        for (int r = 0; r < runs; r++) {
            StanceModel m = new StanceTrainer(epochs, rate, l2, seed + r).train(examples);
            for (int l = 0; l < mean.length; l++) for (int i = 0; i < mean[l].length; i++) mean[l][i] += m.weights[l][i] / runs;
        }
        return new StanceModel(mean);
    }

    /**
     * @param prior    word valences (e.g. a sentiment lexicon, in [-4, 4]) that start the word weights off before
     *                 training; the lexicon itself is not kept, only the weights it nudged
     * @param strength how far a valence of 4 moves a word's weight
     */
    public StanceModel train(List<Example> examples, java.util.Map<String, Double> prior, double strength) {
        int labels = StanceModel.LABELS.length;
        float[][] w = new float[labels][width(examples)];
        prior.forEach((word, valence) -> {
            for (String prefix : new String[] {"w:", "L:", "R:"}) {
                int slot = StanceFeatures.slot(prefix + word);
                w[2][slot] += (float) (strength * Math.max(valence, 0) / 4);
                w[0][slot] += (float) (strength * Math.max(-valence, 0) / 4);
            }
        });
        float[][] g2 = new float[labels][w[0].length];
        double[] count = new double[labels];
        for (Example e : examples) count[e.label().ordinal()]++;
        double[] classWeight = new double[labels];
        for (int l = 0; l < labels; l++) classWeight[l] = count[l] == 0 ? 0 : examples.size() / (labels * count[l]);
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        StanceModel model = new StanceModel(w);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                double[] p = model.predict(e.features()).probabilities();
                float[] dense = e.features().dense();
                int gold = e.label().ordinal();
                double cw = classWeight[gold];
                for (int l = 0; l < labels; l++) {
                    double grad = cw * (p[l] - (l == gold ? 1 : 0));
                    float[] wl = w[l];
                    float[] gl = g2[l];
                    for (int slot : e.features().slots()) {
                        double gs = grad + l2 * wl[slot];
                        gl[slot] += (float) (gs * gs);
                        wl[slot] -= (float) (rate * gs / Math.sqrt(gl[slot] + 1e-8));
                    }
                    for (int i = 0; i < dense.length; i++) {
                        int slot = StanceFeatures.DIM + i;
                        double gs = grad * dense[i] + l2 * wl[slot];
                        gl[slot] += (float) (gs * gs);
                        wl[slot] -= (float) (rate * gs / Math.sqrt(gl[slot] + 1e-8));
                    }
                }
            }
        }
        return model;
    }
}
