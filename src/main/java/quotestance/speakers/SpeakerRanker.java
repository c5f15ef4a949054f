package quotestance.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned speaker ranker: a conditional logit over named candidate features ({@link CandidateFeatures}),
 * trained by {@code jobs/train-speakers.sh} ({@link SpeakerRankerTrainer}) on annotated articles and shipped as
 * weights only. It scores each candidate entity of a quote, and the option that none of them spoke; the best
 * candidate is the speaker, and its softmax probability the speaker's confidence. Immutable: one instance serves
 * every thread.
 */
public final class SpeakerRanker {
    public static final String DEFAULT_RESOURCE = "/quotestance/models/speakers.tsv.gz";
    /** A ranker that judges nothing: the rule steps decide alone (and training reads their choices). */
    public static final SpeakerRanker NONE = new SpeakerRanker(Map.of(), 0, false);

    private final Map<String, Double> weights;
    private final double bias;
    private final boolean active;

    public SpeakerRanker(Map<String, Double> weights, double bias) {
        this(weights, bias, true);
    }

    private SpeakerRanker(Map<String, Double> weights, double bias, boolean active) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.active = active;
    }

    /** The ranker the jar ships, or {@link #NONE} when the jar has none. */
    public static SpeakerRanker shipped() {
        return Shipped.RANKER;
    }

    private static final class Shipped {
        static final SpeakerRanker RANKER = loadShipped();
    }

    private static SpeakerRanker loadShipped() {
        try (InputStream in = SpeakerRanker.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return in == null ? NONE : read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the speaker ranker " + DEFAULT_RESOURCE, e);
        }
    }

    public boolean active() {
        return active;
    }

    public double score(List<String> features) {
        double z = bias;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return z;
    }

    /** The ranker's pick among a quote's candidates: its index, and its probability of being the speaker. */
    public record Choice(int index, double probability) {
    }

    /**
     * The best of the candidates (a tie keeps the earlier one: the rule's choice comes first), with its share of
     * the probability over the candidates and the option that none of them spoke ({@code none}'s features).
     */
    public Choice choose(List<List<String>> candidates, List<String> none) {
        return judge(candidates, none, -1);
    }

    /**
     * The candidate {@code index} (the best one when it is -1) with its share of the probability over the
     * candidates and the none option.
     */
    public Choice judge(List<List<String>> candidates, List<String> none, int index) {
        double[] s = new double[candidates.size()];
        int best = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = score(candidates.get(i));
            if (s[i] > s[best]) best = i;
        }
        if (index >= 0) best = index;
        double noneScore = score(none);
        double max = Math.max(s[best], noneScore);
        double sum = Math.exp(noneScore - max);
        for (double v : s) sum += Math.exp(v - max);
        return new Choice(best, Math.exp(s[best] - max) / sum);
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public double bias() {
        return bias;
    }

    /** The weights file: a header, the bias, then one {@code feature<TAB>weight} line per feature, sorted. */
    public void write(OutputStream out, String header) throws IOException {
        try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            for (String line : header.split("\n")) w.write("# " + line + "\n");
            w.write(String.format(Locale.ROOT, "__bias__\t%.6f%n", bias));
            for (var e : new TreeMap<>(weights).entrySet()) {
                if (e.getValue() != 0) w.write(String.format(Locale.ROOT, "%s\t%.6f%n", e.getKey(), e.getValue()));
            }
        }
    }

    public static SpeakerRanker read(InputStream in) throws IOException {
        Map<String, Double> w = new TreeMap<>();
        double bias = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            String name = line.substring(0, tab);
            double v = Double.parseDouble(line.substring(tab + 1));
            if (name.equals("__bias__")) bias = v;
            else w.put(name, v);
        }
        return new SpeakerRanker(w, bias);
    }
}
