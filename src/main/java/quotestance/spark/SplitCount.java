package quotestance.spark;

import java.io.Serializable;

/** How many lines one split of a line-split file holds: what turns line indexes into line numbers. */
public record SplitCount(String file, long splitStart, long lines) implements Serializable {
}
