package quotestance.spark;

import java.io.Serializable;
import java.util.Arrays;

import quotestance.corpus.Hash64;

/**
 * The article ids an output already holds, as sorted 64-bit hashes: 8 bytes an id, small enough to
 * broadcast to every executor for an output of millions of articles. Two different ids collide with a
 * probability of about n² / 2⁶⁵ (under 10⁻⁵ for ten million ids).
 */
final class KnownIds implements Serializable {
    private static final long serialVersionUID = 1L;
    static final KnownIds NONE = new KnownIds(new long[0]);

    private final long[] sorted;

    private KnownIds(long[] sorted) {
        this.sorted = sorted;
    }

    /** Takes the array (sorting it in place). */
    static KnownIds of(long[] hashes) {
        Arrays.sort(hashes);
        return new KnownIds(hashes);
    }

    boolean contains(String id) {
        return sorted.length > 0 && Arrays.binarySearch(sorted, hash(id)) >= 0;
    }

    int size() {
        return sorted.length;
    }

    /** The id's 64-bit hash. */
    static long hash(String id) {
        return Hash64.of(id);
    }
}
