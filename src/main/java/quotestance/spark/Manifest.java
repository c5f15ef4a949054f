package quotestance.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import quotestance.Versions;

/** {@code _manifest.json}: what ran, on what, with which options and versions, and what it wrote. */
public record Manifest(String runId, Instant startedAt, Instant finishedAt, RunOptions options,
                       InputFiles.Listing input, String sparkVersion, String master,
                       Map<String, Long> tableRows, Map<String, Long> rejectsByReason, long textChars) {
    public static final String FILE = "_manifest.json";

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("started_at", startedAt.toString());
        m.put("finished_at", finishedAt.toString());
        m.put("duration_seconds", (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        m.put("driver_peak_heap_mb", PeakHeap.megabytes());
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("paths", options.inputs());
        in.put("format", input.format().label());
        in.put("files", input.files().size());
        in.put("bytes", input.totalBytes());
        m.put("input", in);
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("output", options.output());
        opts.put("mode", options.mode().label());
        opts.put("partition_by", options.partitionBy().label());
        opts.put("max_chars", options.maxChars());
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
        m.put("options", opts);
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("quotestance", Versions.project());
        versions.put("spark", sparkVersion);
        versions.put("java", System.getProperty("java.version"));
        versions.put("opennlp_tools", Versions.openNlp());
        versions.put("opennlp_models", List.of(quotestance.text.NlpModels.SENTENCE_MODEL)); // tokens are cut by rule
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
        return m;
    }

    public void write(Path dir, Configuration conf) throws IOException {
        FileSystem fs = dir.getFileSystem(conf);
        try (OutputStream out = fs.create(new Path(dir, FILE), true)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, toJson());
        }
    }
}
