package quotestance.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Static word vectors distilled from a sentence encoder (see {@code WordVectorDistiller}): one short vector and
 * one weight per word, looked up by a 64-bit hash of the lower-cased word, so the file holds numbers only and
 * no word list. They let the stance model generalise from the words it was trained on to words of like meaning
 * that it never saw. Immutable after loading and safe to share between threads.
 */
public final class WordVectors {
    public static final String DEFAULT_RESOURCE = "/quotestance/models/word-vectors.bin.gz";
    /** Dimensions of each vector; the stance model's dense features are built for this many. */
    public static final int DIM = 64;
    private static final int MAGIC = 0x51535756; // "QSWV"
    private static final WordVectors EMPTY = new WordVectors(new long[1], new float[1], new byte[DIM], new float[DIM]);

    private final long[] keys; // open addressing, 0 = empty slot
    private final float[] weights; // per slot
    private final byte[] vectors; // per slot, DIM bytes
    private final float[] scale; // per dimension: byte * scale = value

    private WordVectors(long[] keys, float[] weights, byte[] vectors, float[] scale) {
        this.keys = keys;
        this.weights = weights;
        this.vectors = vectors;
        this.scale = scale;
    }

    public static WordVectors defaults() {
        return Holder.VECTORS;
    }

    private static final class Holder {
        static final WordVectors VECTORS = loadResource();
    }

    private static WordVectors loadResource() {
        try (InputStream in = WordVectors.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing word vectors " + DEFAULT_RESOURCE + " (jobs/distill-word-vectors.sh makes them)");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No vectors at all: every word is unknown (the dense features are then zero). */
    public static WordVectors empty() {
        return EMPTY;
    }

    /** The 64-bit FNV-1a hash of the word's UTF-16 units, never 0 (0 marks an empty slot). */
    public static long key(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) return i;
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * Adds the weighted mean of the known words' vectors among {@code words[from, to)}, skipping {@code skip},
     * times {@code factor}, into {@code out[offset, offset + DIM)}.
     */
    public void addMean(List<String> words, int from, int to, int skip, float factor, float[] out, int offset) {
        double total = 0;
        double[] sum = new double[DIM];
        for (int k = Math.max(0, from); k < Math.min(to, words.size()); k++) {
            if (k == skip) continue;
            int slot = find(key(words.get(k)));
            if (slot < 0) continue;
            float w = weights[slot];
            total += w;
            int base = slot * DIM;
            for (int d = 0; d < DIM; d++) sum[d] += w * vectors[base + d] * scale[d];
        }
        if (total == 0) return;
        for (int d = 0; d < DIM; d++) out[offset + d] += (float) (factor * sum[d] / total);
    }

    /** Whether the word has a vector. */
    public boolean knows(String word) {
        return find(key(word)) >= 0;
    }

    public int size() {
        int n = 0;
        for (long k : keys) if (k != 0) n++;
        return n;
    }

    public static WordVectors read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC) throw new IOException("not quotestance word vectors");
        int n = in.readInt();
        int dim = in.readInt();
        if (dim != DIM || n < 0) throw new IOException("word vectors of " + dim + " dimensions do not fit " + DIM);
        float[] scale = new float[DIM];
        for (int d = 0; d < DIM; d++) scale[d] = in.readFloat();
        int capacity = Integer.highestOneBit(Math.max(1, n) * 2) * 2;
        long[] keys = new long[capacity];
        float[] weights = new float[capacity];
        byte[] vectors = new byte[capacity * DIM];
        WordVectors v = new WordVectors(keys, weights, vectors, scale);
        byte[] row = new byte[DIM];
        for (int e = 0; e < n; e++) {
            long key = in.readLong();
            float weight = in.readFloat();
            in.readFully(row);
            int mask = capacity - 1;
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
            keys[i] = key;
            weights[i] = weight;
            System.arraycopy(row, 0, vectors, i * DIM, DIM);
        }
        return v;
    }

    /**
     * Writes vectors for hashed words: {@code values[e]} has DIM floats, quantised here to one byte per
     * dimension against the dimension's largest magnitude.
     */
    public static void write(Path file, long[] keys, float[] weights, float[][] values) throws IOException {
        float[] scale = new float[DIM];
        for (float[] v : values) for (int d = 0; d < DIM; d++) scale[d] = Math.max(scale[d], Math.abs(v[d]) / 127f);
        for (int d = 0; d < DIM; d++) if (scale[d] == 0) scale[d] = 1;
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeInt(MAGIC);
            out.writeInt(keys.length);
            out.writeInt(DIM);
            for (float s : scale) out.writeFloat(s);
            for (int e = 0; e < keys.length; e++) {
                out.writeLong(keys[e]);
                out.writeFloat(weights[e]);
                for (int d = 0; d < DIM; d++) out.writeByte(Math.round(values[e][d] / scale[d]));
            }
        }
    }
}
