package quotestance.spark;

import quotestance.UserError;
import java.util.List;

/** Everything {@code run} needs, already checked by the command line. */
public record RunOptions(List<String> inputs, InputFormat format, ColumnMapping columns, String output,
                         WriteMode mode, PartitionBy partitionBy, long maxChars, java.nio.file.Path partiesFile) {
    public static final long DEFAULT_MAX_CHARS = 5_000_000L;

    /** Options with the default party gazetteer. */
    public RunOptions(List<String> inputs, InputFormat format, ColumnMapping columns, String output,
                      WriteMode mode, PartitionBy partitionBy, long maxChars) {
        this(inputs, format, columns, output, mode, partitionBy, maxChars, null);
    }

    public RunOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new UserError("no --input given");
        if (maxChars < 1) throw new UserError("--max-chars must be at least 1");
    }
}
