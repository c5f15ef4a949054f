package quotestance.eval;

import java.util.Map;

/** Prints metrics the way {@code score.py} does: sorted, one {@code name: value} a line, counts as integers. */
public final class Metrics {
    private Metrics() {
    }

    public static String format(Map<String, Double> metrics) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(metrics).forEach((k, v) -> {
            boolean count = k.equals("gold_quotes") || k.startsWith("predicted_quotes") || k.equals("missing_predictions")
                    || k.equals("targets");
            sb.append(k).append(": ").append(count ? String.valueOf(v.longValue()) : String.format(java.util.Locale.ROOT, "%.4f", v))
                    .append('\n');
        });
        return sb.toString();
    }
}
