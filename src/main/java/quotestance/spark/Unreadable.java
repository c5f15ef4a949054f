package quotestance.spark;

/**
 * The {@code unreadable_file} reject of a file that cannot be opened or read to its end (a truncated or corrupt
 * compressed file, a damaged Parquet footer, a lost disk): the records before the break are kept, and the
 * reject stands where reading stopped.
 */
final class Unreadable {
    private Unreadable() {
    }

    /** The failure as one line: its kind (EOFException says more than its message) and message. */
    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + InputFiles.oneLine(e);
    }

    /** The reject at the record {@code index} (0-based) where reading stopped, {@code where} saying what broke. */
    static RawRecord at(String file, long splitStart, long index, String where, String failure) {
        return RawRecord.rejected(file, splitStart, index, RejectReason.UNREADABLE_FILE,
                "cannot read the file " + where + ": " + failure, "");
    }

    /** The reject of a file that cannot be read at all, {@code failure} as {@link #describe} puts it. */
    static RawRecord file(String file, String failure) {
        return RawRecord.rejected(file, -1, 0, RejectReason.UNREADABLE_FILE, "cannot read the file: " + failure, "");
    }

    static String fromLine(long line) {
        return "from line " + line + " on";
    }
}
