package quotestance.spark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats the job reads, and the file name endings that announce each. */
public enum InputFormat {
    JSONL(List.of(".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl.bz2", ".json.bz2")),
    PARQUET(List.of(".parquet")),
    CSV(List.of(".csv", ".tsv", ".csv.gz", ".tsv.gz")),
    TEXT(List.of(".txt"));

    private final List<String> endings;

    InputFormat(List<String> endings) {
        this.endings = endings;
    }

    public boolean matches(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(lower::endsWith);
    }

    public static Optional<InputFormat> of(String fileName) {
        for (InputFormat f : values()) {
            if (f.matches(fileName)) return Optional.of(f);
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
