package quotestance.spark;

import quotestance.Redaction;
import java.util.Locale;

import org.apache.hadoop.fs.Path;

import quotestance.UserError;

/**
 * Turns the failures of writing the output into the one line a user can act on. A full disk surfaces as a
 * Spark task failure several causes deep (and, from an executor, only as text): it is found by its message
 * anywhere in the chain.
 */
final class IoErrors {
    private static final String NO_SPACE = "no space left on device";
    private static final String QUOTA = "quota exceeded";

    private IoErrors() {
    }

    /** One line for an I/O failure: "no space left on device" when that is the cause, else the first message. */
    static String describe(Throwable e) {
        String full = fullSpace(e);
        if (full != null) return full;
        return Redaction.uri(InputFiles.oneLine(e));
    }

    /** A user error when the failure is a full disk or quota, else the failure itself. */
    static RuntimeException userErrorIfNoSpace(RuntimeException e, Path out) {
        String full = fullSpace(e);
        if (full == null) return e;
        return new UserError("cannot write the output to " + Redaction.uri(out.toString()) + ": " + full
                + "; the output is as it was before this run", e);
    }

    private static String fullSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains(NO_SPACE)) return NO_SPACE + " (free some space or choose another --output)";
            if (m.contains(QUOTA)) return "the filesystem's " + QUOTA + " (free some space or choose another --output)";
        }
        return null;
    }
}
