package quotestance.corpus;

/** 64-bit hashing that is the same on every JVM: FNV-1a over UTF-16 units and the SplitMix64 finaliser. */
public final class Hash64 {
    public static final long FNV_BASIS = 0xCBF29CE484222325L;
    public static final long FNV_PRIME = 0x100000001B3L;

    private Hash64() {
    }

    /** FNV-1a of the text's UTF-16 units, its bits then spread by {@link #mix}. */
    public static long of(String text) {
        long h = FNV_BASIS;
        for (int i = 0; i < text.length(); i++) h = (h ^ text.charAt(i)) * FNV_PRIME;
        return mix(h);
    }

    /** SplitMix64's finaliser: every input bit moves about half the output bits. */
    public static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
