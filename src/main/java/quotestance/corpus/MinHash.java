package quotestance.corpus;

/**
 * The MinHash signature of a text's word shingles: {@link #SIZE} minima of independent hash functions
 * over the set of its {@link #SHINGLE}-word runs. Two signatures agree at a position with probability equal
 * to the Jaccard similarity of the two shingle sets, which is what near-duplicate detection compares
 * without ever comparing the texts. Deterministic across JVMs (fixed seeds, no String.hashCode of shingles).
 */
public final class MinHash {
    public static final int SIZE = 64;
    public static final int SHINGLE = 5;
    /** The signature is cut into this many bands of {@link #ROWS} for locality-sensitive hashing. */
    public static final int BANDS = 16;
    public static final int ROWS = SIZE / BANDS;

    // h_i(x) = high 32 bits of (A[i] * x + B[i]): a multiply-add per hash function and shingle
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            seed = Hash64.mix(seed);
            A[i] = seed | 1L;
            seed = Hash64.mix(seed);
            B[i] = seed;
        }
    }

    private MinHash() {
    }

    /** The signature, or null when the text has no word (nothing to compare). */
    public static int[] signature(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) return null;
        long[] min = new long[SIZE];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int k = s; k < Math.min(words.length, s + SHINGLE); k++) h = h * 0x9E3779B97F4A7C15L + words[k];
            h = Hash64.mix(h);
            for (int i = 0; i < SIZE; i++) {
                long v = (A[i] * h + B[i]) >>> 1; // non-negative: plain long order is the min
                if (v < min[i]) min[i] = v;
            }
        }
        int[] sig = new int[SIZE];
        for (int i = 0; i < SIZE; i++) sig[i] = (int) (min[i] >>> 31);
        return sig;
    }

    /** The share of positions where two signatures agree: an estimate of their texts' Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
        return same / (double) SIZE;
    }

    /** Hashes of the text's words: runs of letters and digits, lower-cased, accents kept. */
    static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 6)];
        int n = 0;
        long h = Hash64.FNV_BASIS;
        boolean inWord = false;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * Hash64.FNV_PRIME; // FNV-1a
                inWord = true;
            } else if (inWord) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = h;
                h = Hash64.FNV_BASIS;
                inWord = false;
            }
        }
        if (inWord) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, n + 1);
            out[n++] = h;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
