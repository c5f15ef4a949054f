package quotestance.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often each attribution rule's quotes are real quotes, and how often each resolution step's speaker is
 * the right one, as measured on the annotated sets ({@code jobs/eval.sh quotes --fit-confidence}). A quote's
 * confidence is the product of the two: an estimate of the chance that its attribution is right. Rules and
 * steps the measurement never saw get the overall rate.
 */
public record ConfidenceTable(Map<String, Double> rules, Map<String, Double> steps, double rulePrior, double stepPrior) {
    public static final String RESOURCE = "/quotestance/attribution/confidence.tsv";

    public ConfidenceTable {
        rules = Map.copyOf(rules);
        steps = Map.copyOf(steps);
    }

    /** The table the jar ships. */
    public static ConfidenceTable shipped() {
        return Shipped.TABLE;
    }

    /** Loaded on first use, so that measuring a new table needs no table in the jar. */
    private static final class Shipped {
        static final ConfidenceTable TABLE = load(RESOURCE);
    }

    /** The confidence of a quote found by {@code rule} whose speaker {@code step} resolved (null: none). */
    public double of(String rule, String step) {
        double r = rules.getOrDefault(rule, rulePrior);
        double s = step == null ? 1.0 : steps.getOrDefault(step, stepPrior);
        return Math.round(r * s * 1000) / 1000.0;
    }

    static ConfidenceTable load(String resource) {
        try (InputStream in = ConfidenceTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table in the format {@link #write} writes. */
    public static ConfidenceTable read(InputStream in) throws IOException {
        Map<String, Double> rules = new LinkedHashMap<>();
        Map<String, Double> steps = new LinkedHashMap<>();
        double rulePrior = 0.5;
        double stepPrior = 0.5;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) continue;
            String[] f = line.split("\t");
            double v = Double.parseDouble(f[2]);
            switch (f[0]) {
                case "rule" -> rules.put(f[1], v);
                case "step" -> steps.put(f[1], v);
                case "prior" -> {
                    if (f[1].equals("rule")) rulePrior = v;
                    else stepPrior = v;
                }
                default -> throw new IOException("unknown row kind '" + f[0] + "' in a confidence table");
            }
        }
        return new ConfidenceTable(rules, steps, rulePrior, stepPrior);
    }

    /** Writes the table in the shipped format, with a header saying where it comes from. */
    public void write(Writer out, String measuredOn, Map<String, Long> ruleQuotes, Map<String, Long> stepQuotes) throws IOException {
        out.write("# Measured confidence of attributions: for each rule, the share of its quotes that are annotated quotes\n");
        out.write("# (cov30); for each resolution step, the share of its speakers that are right where the speaker is\n");
        out.write("# annotated. A quote's confidence is rule x step. Written by jobs/eval.sh quotes --fit-confidence over\n");
        out.write("# " + measuredOn + "; each set counts equally, and rates are smoothed toward the overall one.\n");
        out.write("kind\tlabel\tvalue\tquotes\n");
        out.write(String.format(Locale.ROOT, "prior\trule\t%.4f\t-%n", rulePrior));
        out.write(String.format(Locale.ROOT, "prior\tstep\t%.4f\t-%n", stepPrior));
        for (var e : new java.util.TreeMap<>(rules).entrySet()) {
            out.write(String.format(Locale.ROOT, "rule\t%s\t%.4f\t%d%n", e.getKey(), e.getValue(), ruleQuotes.getOrDefault(e.getKey(), 0L)));
        }
        for (var e : new java.util.TreeMap<>(steps).entrySet()) {
            out.write(String.format(Locale.ROOT, "step\t%s\t%.4f\t%d%n", e.getKey(), e.getValue(), stepQuotes.getOrDefault(e.getKey(), 0L)));
        }
    }
}
