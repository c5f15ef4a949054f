package quotestance.spark;

/** The reasons a record lands in {@code rejects}; the strings are the table's values, documented in the README. */
public final class RejectReason {
    public static final String MALFORMED_JSON = "malformed_json";
    public static final String NOT_AN_OBJECT = "not_an_object";
    public static final String MALFORMED_CSV = "malformed_csv";
    public static final String INVALID_UTF8 = "invalid_utf8";
    public static final String UNREADABLE_FILE = "unreadable_file";
    public static final String MISSING_ID = "missing_id";
    public static final String NULL_ID = "null_id";
    public static final String EMPTY_ID = "empty_id";
    public static final String INVALID_ID = "invalid_id";
    public static final String MISSING_TEXT = "missing_text";
    public static final String NULL_TEXT = "null_text";
    public static final String EMPTY_TEXT = "empty_text";
    public static final String TEXT_NOT_STRING = "text_not_string";
    public static final String TEXT_TOO_LONG = "text_too_long";
    public static final String DUPLICATE_ID = "duplicate_id";
    public static final String LANGUAGE_EXCLUDED = "language_excluded";
    public static final String ANALYSIS_FAILED = "analysis_failed";

    private RejectReason() {
    }
}
