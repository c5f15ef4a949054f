package quotestance.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * One input record as a source read it, before validation: where it came from, the mapped fields (values
 * are String, Number, Boolean, {@link #NON_SCALAR} or null; from Parquet also java.time dates and times and
 * {@code byte[]} for binary columns), or the reason it could not be read at all.
 *
 * <p>{@code splitStart} and {@code index} locate it: for line-split JSONL, the byte offset of the file split
 * and the record's line index within that split (the record's number is resolved once all splits are
 * counted); for the other formats {@code splitStart} is -1 and {@code index} is the record's number less one.
 */
public record RawRecord(String sourceFile, long splitStart, long index, Map<String, Object> fields,
                        String rejectReason, String detail, String raw) implements Serializable {
    /** Stands for an object or array where a scalar was expected. */
    public static final String NON_SCALAR = "\u0000non-scalar";

    public static RawRecord of(String file, long splitStart, long index, Map<String, Object> fields, String raw) {
        return new RawRecord(file, splitStart, index, fields, null, null, raw);
    }

    public static RawRecord rejected(String file, long splitStart, long index, String reason, String detail, String raw) {
        return new RawRecord(file, splitStart, index, null, reason, detail, raw);
    }

    public boolean isRejected() {
        return rejectReason != null;
    }
}
