package quotestance.spark;

import java.util.Locale;

/** What to do when the output folder already holds tables. */
public enum WriteMode {
    /** Refuse, with a clear message. */
    ERROR,
    /** Replace the tables once the new ones are complete. */
    OVERWRITE,
    /**
     * Analyse only records whose id the output does not hold yet, add their rows to every table, derive the
     * corpus-wide tables again over everything, and replace the output once all of it is written.
     */
    APPEND;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
