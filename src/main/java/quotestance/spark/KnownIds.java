package quotestance.spark;

import java.io.Serializable;
import java.util.Arrays;

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

    /** FNV-1a over the UTF-16 units, then a SplitMix64 finaliser to spread the bits. */
    static long hash(String id) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < id.length(); i++) h = (h ^ id.charAt(i)) * 0x100000001B3L;
        h += 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
