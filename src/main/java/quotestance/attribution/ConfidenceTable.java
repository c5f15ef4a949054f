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
 * the right one: a quote's confidence is the product of the two, an estimate of the chance that its
 * attribution is right. A rule may give values per variant of what it found ({@code direct:cue-after} with a
 * pronoun for its speaker, {@code reported:clause-after-cue} after "say" or "tell"); a key the table lacks takes
 * the rule's value, then the overall rate. {@code jobs/eval.sh quotes --fit-confidence} measures a table on the
 * annotated sets; the jar ships the one in {@link #RESOURCE}, whose header says where its values come from.
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

    /** The variant of a rule's quotes that has no value of its own. */
    public static final String ANY = "*";

    /** The confidence of a quote found by {@code rule} whose speaker {@code step} resolved (null: none). */
    public double of(String rule, String step) {
        double r = rule(rule, ANY);
        double s = step == null ? 1.0 : step(step);
        return Math.round(r * s * 1000) / 1000.0;
    }

    /** How often the rule's quotes of this variant are real: its own value, else the rule's, else the prior. */
    public double rule(String label, String variant) {
        Double v = rules.get(key(label, variant));
        if (v == null) v = rules.get(key(label, ANY));
        return v == null ? rulePrior : v;
    }

    /** How often the step's speaker is the right one; also the names {@code no-speaker} and {@code carried-back}. */
    public double step(String label) {
        return steps.getOrDefault(label, stepPrior);
    }

    static String key(String label, String variant) {
        return label + "\t" + variant;
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
            switch (f[0]) {
                case "rule" -> rules.put(key(f[1], f[2]), Double.parseDouble(f[3]));
                case "step" -> steps.put(f[1], Double.parseDouble(f[3]));
                case "prior" -> {
                    if (f[1].equals("rule")) rulePrior = Double.parseDouble(f[3]);
                    else stepPrior = Double.parseDouble(f[3]);
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
        out.write("kind\tlabel\tvariant\tvalue\tquotes\n");
        out.write(String.format(Locale.ROOT, "prior\trule\t%s\t%.4f\t-%n", ANY, rulePrior));
        out.write(String.format(Locale.ROOT, "prior\tstep\t%s\t%.4f\t-%n", ANY, stepPrior));
        for (var e : new java.util.TreeMap<>(rules).entrySet()) {
            String[] k = e.getKey().split("\t");
            out.write(String.format(Locale.ROOT, "rule\t%s\t%s\t%.4f\t%d%n", k[0], k[1], e.getValue(), ruleQuotes.getOrDefault(k[0], 0L)));
        }
        for (var e : new java.util.TreeMap<>(steps).entrySet()) {
            out.write(String.format(Locale.ROOT, "step\t%s\t%s\t%.4f\t%d%n", e.getKey(), ANY, e.getValue(),
                    stepQuotes.getOrDefault(e.getKey(), 0L)));
        }
    }
}
