package quotestance.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import quotestance.model.StanceLabel;

/**
 * A multinomial logistic regression over {@link StanceFeatures}: one weight per hashed slot and label, then one
 * per dense value and label (at {@code DIM + i}). The file holds weights only, no text. Immutable after loading and safe to share between threads.
 */
public final class StanceModel implements Serializable {
    public static final String DEFAULT_RESOURCE = "/quotestance/models/stance.bin.gz";
    private static final int MAGIC = 0x51535432; // "QST2"
    static final StanceLabel[] LABELS = StanceLabel.values(); // negative, neutral, positive

    final float[][] weights; // [label][slot, then DIM + dense index]

    StanceModel(float[][] weights) {
        this.weights = weights;
    }

    /** A prediction: the label, its probability, and the score P(positive) - P(negative) in [-1, 1]. */
    public record Prediction(StanceLabel label, double probability, double score, double[] probabilities) {
    }

    public Prediction predict(StanceFeatures.Features f) {
        double[] z = new double[LABELS.length];
        float[] dense = f.dense();
        for (int l = 0; l < LABELS.length; l++) {
            float[] w = weights[l];
            double s = 0;
            for (int slot : f.slots()) s += w[slot];
            for (int i = 0; i < dense.length; i++) s += w[StanceFeatures.DIM + i] * dense[i];
            z[l] = s;
        }
        double[] p = softmax(z);
        int best = 0;
        for (int l = 1; l < p.length; l++) if (p[l] > p[best]) best = l;
        return new Prediction(LABELS[best], p[best], p[2] - p[0], p);
    }

    static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] - max);
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    /** How many dense values the model weighs, after its hashed slots. */
    public int denseWidth() {
        return weights[0].length - StanceFeatures.DIM;
    }

    /** The slot's contribution to the predicted label against the others, for evidence. */
    double contribution(int slot, int label) {
        double others = 0;
        for (int l = 0; l < LABELS.length; l++) if (l != label) others += weights[l][slot];
        return weights[label][slot] - others / (LABELS.length - 1);
    }

    public static StanceModel defaults() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final StanceModel MODEL = loadResource();
    }

    private static StanceModel loadResource() {
        try (InputStream in = StanceModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing stance model " + DEFAULT_RESOURCE + " (jobs/train-stance.sh makes it)");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StanceModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC) throw new IOException("not a quotestance stance model");
        int labels = in.readInt();
        int dim = in.readInt();
        if (labels != LABELS.length || dim < StanceFeatures.DIM) throw new IOException("model shape " + labels + "x" + dim + " does not fit");
        float[][] w = new float[labels][dim];
        for (int l = 0; l < labels; l++) for (int i = 0; i < dim; i++) w[l][i] = in.readFloat();
        return new StanceModel(w);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeInt(MAGIC);
            out.writeInt(weights.length);
            out.writeInt(weights[0].length);
            for (float[] w : weights) for (float v : w) out.writeFloat(v);
        }
    }
}
