package quotestance.spark;

import java.util.Locale;

/** What to do when the output folder already holds tables. */
public enum WriteMode {
    /** Refuse, with a clear message. */
    ERROR,
    /** Replace the tables once the new ones are complete. */
    OVERWRITE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
