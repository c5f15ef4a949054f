package quotestance.spark;

import java.util.List;

/** Everything {@code run} needs, already checked by the command line. */
public record RunOptions(List<String> inputs, InputFormat format, ColumnMapping columns, String output,
                         WriteMode mode, PartitionBy partitionBy, long maxChars) {
    public static final long DEFAULT_MAX_CHARS = 5_000_000L;

    public RunOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new UserError("no --input given");
        if (maxChars < 1) throw new UserError("--max-chars must be at least 1");
    }
}
