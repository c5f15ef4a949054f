package quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distilled word vectors: the file format, the weighted means the stance features take, and the shipped file. */
class WordVectorsTest {
    private static float[] unit(int hot, float value) {
        float[] v = new float[WordVectors.DIM];
        v[hot] = value;
        return v;
    }

    private static WordVectors written(Path dir) throws Exception {
        Path file = dir.resolve("v.bin.gz");
        WordVectors.write(file, new long[] {WordVectors.key("good"), WordVectors.key("bad"), WordVectors.key("the")},
                new float[] {1f, 1f, 0.25f}, new float[][] {unit(0, 1f), unit(1, -1f), unit(2, 0.5f)});
        try (InputStream in = Files.newInputStream(file)) {
            return WordVectors.read(in);
        }
    }

    private static float[] mean(WordVectors v, List<String> words, int from, int to, int skip) {
        float[] out = new float[WordVectors.DIM];
        v.addMean(words, from, to, skip, 1f, out, 0);
        return out;
    }

    @Test
    void aFileReadsBackAndMeansAreWeightedBySmoothInverseFrequency(@TempDir Path dir) throws Exception {
        WordVectors v = written(dir);
        assertEquals(3, v.size());
        assertTrue(v.knows("good") && v.knows("the"));
        assertFalse(v.knows("unseen"));
        List<String> words = List.of("the", "good", "unseen", "bad");
        float[] m = mean(v, words, 0, words.size(), -1);
        // weights 0.25, 1, 1 (the unknown word counts for nothing): (0.25 * the + good + bad) / 2.25
        assertEquals(1f / 2.25f, m[0], 1e-2);
        assertEquals(-1f / 2.25f, m[1], 1e-2);
        assertEquals(0.125f / 2.25f, m[2], 1e-2);
    }

    @Test
    void theSkippedWordAndWordsOutsideTheWindowDoNotCount(@TempDir Path dir) throws Exception {
        WordVectors v = written(dir);
        List<String> words = List.of("good", "<T>", "bad", "good");
        float[] onlyBad = mean(v, words, 1, 3, 0);
        assertEquals(-1f, onlyBad[1], 1e-2);
        assertEquals(0f, onlyBad[0]);
        // a window reaching past either end is clipped, not an error
        float[] all = mean(v, words, -5, 50, 1);
        assertEquals(2f / 3f, all[0], 1e-2);
        assertArrayEquals(new float[WordVectors.DIM], mean(v, words, 1, 2, -1), "no known word adds nothing");
    }

    @Test
    void withoutVectorsTheDenseFeaturesAreZeroAndTheSlotsUnchanged() {
        String text = "Critics accused the government of lying.";
        int at = text.indexOf("the government");
        StanceFeatures.Features none = StanceFeatures.extract(text, at, at + 14, WordVectors.empty());
        StanceFeatures.Features shipped = StanceFeatures.extract(text, at, at + 14);
        assertArrayEquals(new float[StanceFeatures.DENSE], none.dense());
        assertArrayEquals(none.slots(), shipped.slots());
        assertFalse(java.util.Arrays.equals(none.dense(), shipped.dense()), "the shipped vectors know these words");
    }

    private static double cosine(WordVectors v, String a, String b) {
        float[] x = mean(v, List.of(a), 0, 1, -1);
        float[] y = mean(v, List.of(b), 0, 1, -1);
        double dot = 0, nx = 0, ny = 0;
        for (int d = 0; d < x.length; d++) {
            dot += x[d] * y[d];
            nx += x[d] * x[d];
            ny += y[d] * y[d];
        }
        return dot / Math.sqrt(nx * ny);
    }

    @Test
    void theShippedVectorsPutWordsOfLikeMeaningCloserThanUnrelatedOnes() {
        WordVectors v = WordVectors.defaults();
        assertTrue(v.size() > 20_000, "size " + v.size());
        List<String> failures = new ArrayList<>();
        String[][] triples = {
                {"praised", "applauded", "tomato"}, {"condemned", "denounced", "bicycle"}, {"war", "conflict", "recipe"},
                {"ally", "partner", "umbrella"}, {"threatened", "warned", "painting"}, {"thanked", "grateful", "gravel"}};
        for (String[] t : triples) {
            if (!(cosine(v, t[0], t[1]) > cosine(v, t[0], t[2]))) failures.add(String.join("/", t));
        }
        assertTrue(failures.isEmpty(), "not closer: " + failures);
    }
}
