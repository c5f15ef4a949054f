package quotestance.spark;

import quotestance.Redaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;



import quotestance.Versions;

/**
 * {@code _manifest.json}: what ran, on what, with which options and versions, and what the output now holds
 * (rows per table, rejects by reason, articles by language, near-duplicate clusters), with the list of the
 * runs that built it ({@code --mode append} adds one each time; the others start the list afresh).
 */
public record Manifest(String runId, Instant startedAt, Instant finishedAt, RunOptions options,
                       InputFiles.Listing input, String sparkVersion, String master,
                       Map<String, Long> tableRows, Map<String, Long> rejectsByReason, long textChars,
                       Map<String, Long> languages, NearDuplicatesSummary duplicates, long skippedExisting,
                       long articlesBefore, long rejectsBefore, List<Map<String, Object>> previousRuns) {
    public static final String FILE = quotestance.output.OutputLayout.MANIFEST;

    /** What the near-duplicate detection found over the whole output. */
    public record NearDuplicatesSummary(double threshold, long clusters, long duplicates, long largestCluster, double seconds) {
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("started_at", startedAt.toString());
        m.put("finished_at", finishedAt.toString());
        m.put("duration_seconds", (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        m.put("driver_peak_heap_mb", PeakHeap.megabytes());
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("paths", options.inputs().stream().map(Redaction::uri).toList());
        in.put("format", input.format().label());
        in.put("files", input.files().size());
        in.put("bytes", input.totalBytes());
        m.put("input", in);
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("output", Redaction.uri(options.output()));
        opts.put("mode", options.mode().label());
        opts.put("partition_by", options.partitionBy().label());
        opts.put("max_chars", options.maxChars());
        opts.put("languages", options.languages() == null ? "all" : new java.util.TreeSet<>(options.languages()));
        opts.put("duplicate_threshold", options.duplicateThreshold());
        opts.put("parties", options.partiesFile() == null ? "default (data/parties/parties.tsv)" : options.partiesFile().toString());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", options.columns().id());
        columns.put("text", options.columns().text());
        columns.put("title", options.columns().title());
        columns.put("source", options.columns().source());
        columns.put("published", options.columns().published());
        columns.put("url", options.columns().url());
        opts.put("columns", columns);
        opts.put("master", master);
        opts.put("keep_runs", options.outputPolicy().keepRuns());
        m.put("options", opts);
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("quotestance", Versions.project());
        versions.put("spark", sparkVersion);
        versions.put("java", System.getProperty("java.version"));
        versions.put("opennlp_tools", Versions.openNlp());
        versions.put("opennlp_models", List.of(quotestance.text.NlpModels.SENTENCE_MODEL, // tokens are cut by rule
                quotestance.text.NlpModels.LANGUAGE_MODEL));
        versions.put("stance_model", quotestance.stance.StanceModel.DEFAULT_RESOURCE);
        m.put("versions", versions);
        m.put("tables", tableRows);
        long rejects = rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> records = new LinkedHashMap<>();
        records.put("total", tableRows.getOrDefault("articles", 0L) + rejects);
        records.put("articles", tableRows.getOrDefault("articles", 0L));
        records.put("rejects", rejects);
        records.put("text_chars", textChars);
        m.put("records", records);
        m.put("rejects_by_reason", rejectsByReason);
        m.put("languages", languages);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("threshold", duplicates.threshold());
        d.put("clusters", duplicates.clusters());
        d.put("duplicates", duplicates.duplicates());
        d.put("largest_cluster", duplicates.largestCluster());
        d.put("seconds", Math.round(duplicates.seconds() * 10) / 10.0);
        m.put("near_duplicates", d);
        List<Map<String, Object>> runs = new java.util.ArrayList<>(previousRuns);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("run_id", runId);
        run.put("started_at", startedAt.toString());
        run.put("finished_at", finishedAt.toString());
        run.put("mode", options.mode().label());
        run.put("inputs", options.inputs().stream().map(Redaction::uri).toList());
        run.put("articles_added", tableRows.getOrDefault("articles", 0L) - articlesBefore);
        run.put("rejects_added", rejects - rejectsBefore);
        run.put("skipped_existing", skippedExisting);
        runs.add(run);
        m.put("runs", runs);
        return m;
    }

    /** The entry of the runs list for a manifest written before runs were listed. */
    static Map<String, Object> runEntry(Map<String, Object> manifest) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("run_id", manifest.get("run_id"));
        run.put("started_at", manifest.get("started_at"));
        run.put("finished_at", manifest.get("finished_at"));
        Object options = manifest.get("options");
        run.put("mode", options instanceof Map<?, ?> o ? o.get("mode") : null);
        Object input = manifest.get("input");
        run.put("inputs", input instanceof Map<?, ?> i ? i.get("paths") : null);
        Object records = manifest.get("records");
        run.put("articles_added", records instanceof Map<?, ?> r ? r.get("articles") : null);
        run.put("rejects_added", records instanceof Map<?, ?> r ? r.get("rejects") : null);
        run.put("skipped_existing", 0L);
        return run;
    }

}
