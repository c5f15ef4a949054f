package quotestance.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Words;

/**
 * The features of one target in its sentence, hashed into {@link #DIM} slots: the sentence's words and word
 * pairs with the target masked, the words right before and after the target by distance, a window each side,
 * negation scope, the project's own conflict and cooperation word lists (near the target and anywhere), and
 * who does what to whom ("X accused", "accused X", "thanked X"). Deterministic: String hashes are specified.
 */
public final class StanceFeatures {
    public static final int BITS = 18;
    public static final int DIM = 1 << BITS;
    private static final int WINDOW = 6;
    private static final Set<String> NEGATORS = Words.of("not", "no", "never", "n't", "without", "nor", "neither",
            "hardly", "cannot", "cant", "dont", "didnt", "doesnt", "isnt", "wasnt", "wont", "nobody", "nothing");
    private static final Set<String> NEGATIVE = load("stance-negative.txt");
    private static final Set<String> POSITIVE = load("stance-positive.txt");
    private static final java.util.Map<String, Float> VALENCE = Valences.shared();

    private StanceFeatures() {
    }

    /** The features of one target: hashed slots (a slot may repeat: counts add up) and dense values. */
    public record Features(int[] slots, float[] dense) {
    }

    /** Dense values: the mean word vector of the sentence, then of the words within {@link #VECTOR_WINDOW} of the target. */
    public static final int DENSE = 2 * WordVectors.DIM;
    private static final int VECTOR_WINDOW = 5;
    /**
     * Scales the mean vectors (length at most 1) up toward the weight a sentence's many 0/1 slots carry
     * together; 3 and 6 tied in cross-validation on the training set, 6 did better on dev.
     */
    private static final float DENSE_SCALE = 6f;

    /** The features of the target at UTF-16 [start, end) of text, with the shared word vectors. */
    public static Features extract(String text, int targetStart, int targetEnd) {
        return extract(text, targetStart, targetEnd, WordVectors.defaults());
    }

    public static Features extract(String text, int targetStart, int targetEnd, WordVectors vectors) {
        List<String> words = new ArrayList<>();
        int target = words(text, targetStart, targetEnd, words);
        float[] dense = new float[DENSE];
        vectors.addMean(words, 0, words.size(), target, DENSE_SCALE, dense, 0);
        vectors.addMean(words, target - VECTOR_WINDOW, target + VECTOR_WINDOW + 1, target, DENSE_SCALE, dense, WordVectors.DIM);
        return new Features(slots(words, target), dense);
    }

    /**
     * The lower-cased words and punctuation marks of text ("n't" and "'s" split off), with the target at UTF-16
     * [start, end) as one placeholder {@code <T>}, into {@code words}; returns the placeholder's index.
     */
    public static int words(String text, int targetStart, int targetEnd, List<String> words) {
        int target = -1; // index of the target placeholder
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (i >= targetStart && i < targetEnd) {
                if (target < 0) {
                    target = words.size();
                    words.add("<T>");
                }
                i = targetEnd;
                continue;
            }
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && j != targetStart && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-'
                        || (text.charAt(j) == '\'' || text.charAt(j) == '\u2019') && j + 1 < n && Character.isLetter(text.charAt(j + 1)))) j++;
                String w = text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (w.endsWith("n't")) {
                    words.add(w.substring(0, w.length() - 3));
                    words.add("n't");
                } else if (w.endsWith("'s")) {
                    words.add(w.substring(0, w.length() - 2));
                    words.add("'s");
                } else {
                    words.add(w);
                }
                i = j;
            } else {
                if (c == '!' || c == '?' || c == '"' || c == '\u201C' || c == '\u201D' || c == ',' || c == '.' || c == ';') {
                    words.add(c == '\u201C' || c == '\u201D' ? "\"" : String.valueOf(c));
                }
                i++;
            }
        }
        if (target < 0) {
            target = words.size();
            words.add("<T>");
        }
        return target;
    }

    private static int[] slots(List<String> words, int target) {
        Slots out = new Slots(words.size() * 8);
        add(out, "bias");
        boolean negated = false;
        int negLeft = 0;
        int lexNeg = 0;
        int lexPos = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!")) negated = false;
            if (NEGATORS.contains(w)) {
                negated = true;
                negLeft = 4;
            }
            boolean inScope = negated && negLeft-- > 0 && !NEGATORS.contains(w);
            out.add(mix(concat(HW, w)));
            if (inScope) out.add(mix(concat(HNEG, w)));
            if (k + 1 < words.size()) out.add(mix(concat(concat(concat(HB, w), "_"), words.get(k + 1))));
            int d = k - target;
            if (d != 0 && Math.abs(d) <= 3) add(out, "d" + d + ":" + w);
            if (d != 0 && Math.abs(d) <= WINDOW) out.add(mix(concat(d < 0 ? HL : HR, w)));
            boolean neg = NEGATIVE.contains(w);
            boolean pos = POSITIVE.contains(w);
            if (neg || pos) {
                boolean flip = inScope;
                String polarity = (neg ^ flip) ? "NEG" : "POS";
                if (neg ^ flip) lexNeg++;
                else lexPos++;
                add(out, "lex:" + polarity);
                if (Math.abs(d) <= WINDOW) add(out, "lexwin:" + polarity + (d < 0 ? "_L" : "_R"));
                if (Math.abs(d) <= 2) add(out, "lexnear:" + polarity + (d < 0 ? "_L" : "_R"));
            }
        }
        add(out, "lexbal:" + Integer.signum(lexPos - lexNeg));
        valenceFeatures(words, target, out);
        add(out, "lexcount:" + Math.min(lexNeg, 3) + "_" + Math.min(lexPos, 3));
        if (target == 0) add(out, "target:first");
        // who does what to whom: "accused <T>", "<T> accused"
        if (target + 1 < words.size()) add(out, "agent:" + words.get(target + 1) + (target + 2 < words.size() ? "_" + words.get(target + 2) : ""));
        if (target - 1 >= 0) add(out, "patient:" + words.get(target - 1));
        if (target - 2 >= 0) add(out, "patient2:" + words.get(target - 2) + "_" + words.get(target - 1));
        return out.toArray();
    }

    /** Sentiment valences of the words (a Maven artifact's lexicon): sums overall, on each side, near the target. */
    private static void valenceFeatures(List<String> words, int target, Slots out) {
        if (VALENCE.isEmpty()) return;
        double all = 0, left = 0, right = 0, near = 0, max = 0, min = 0;
        int negLeft = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (NEGATORS.contains(w)) negLeft = 3;
            Float v = VALENCE.get(w);
            if (v == null) {
                if (negLeft > 0 && !NEGATORS.contains(w)) negLeft--;
                continue;
            }
            double val = negLeft-- > 0 ? -0.74 * v : v;
            all += val;
            max = Math.max(max, val);
            min = Math.min(min, val);
            int d = k - target;
            if (d < 0 && d >= -WINDOW) left += val;
            if (d > 0 && d <= WINDOW) right += val;
            if (Math.abs(d) <= 3) near += val;
        }
        add(out, "v:all" + bucket(all));
        add(out, "v:left" + bucket(left));
        add(out, "v:right" + bucket(right));
        add(out, "v:near" + bucket(near));
        add(out, "v:max" + bucket(max));
        add(out, "v:min" + bucket(min));
    }

    private static String bucket(double v) {
        if (v <= -4) return "--";
        if (v <= -1.5) return "-";
        if (v < -0.2) return "-0";
        if (v <= 0.2) return "0";
        if (v < 1.5) return "+0";
        if (v < 4) return "+";
        return "++";
    }

    private static void add(Slots out, String feature) {
        out.add(slot(feature));
    }

    /** The slot of the word feature {@code "w:" + word} for the lower-cased word at [from, to) of text, without building it. */
    static int wordSlot(String text, int from, int to) {
        int h = HW;
        for (int i = from; i < to; i++) h = 31 * h + Character.toLowerCase(text.charAt(i));
        return mix(h);
    }

    /** The hashed slot of a named feature. */
    static int slot(String feature) {
        return mix(feature.hashCode());
    }

    private static int mix(int h) {
        h ^= (h >>> 16);
        h *= 0x85ebca6b;
        h ^= (h >>> 13);
        return h & (DIM - 1);
    }

    private static final int HW = "w:".hashCode();
    private static final int HNEG = "neg:".hashCode();
    private static final int HB = "b:".hashCode();
    private static final int HL = "L:".hashCode();
    private static final int HR = "R:".hashCode();

    /** {@code (a + b).hashCode()} from {@code a.hashCode()}, without building {@code a + b} (String's hash is specified). */
    static int concat(int hashOfA, String b) {
        int h = hashOfA;
        for (int i = 0; i < b.length(); i++) h = 31 * h + b.charAt(i);
        return h;
    }

    /** A growable list of slots without boxing. */
    private static final class Slots {
        private int[] slots;
        private int size;

        Slots(int capacity) {
            slots = new int[Math.max(16, capacity)];
        }

        void add(int slot) {
            if (size == slots.length) slots = java.util.Arrays.copyOf(slots, size * 2);
            slots[size++] = slot;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(slots, size);
        }
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        String path = "/quotestance/lexicon/" + resource;
        try (InputStream in = StanceFeatures.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) continue;
                for (String w : line.strip().split("\\s+")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
