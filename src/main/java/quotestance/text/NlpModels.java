package quotestance.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP UD English sentence model, loaded once per JVM on first use and shared read-only; the
 * {@code SentenceDetectorME} that uses it is not thread-safe and is made per thread by its owner. (Tokens
 * are cut by rule: see {@link WordTokenizer}.)
 */
public final class NlpModels {
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private NlpModels() {
    }

    public static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    // Holder classes: the JVM loads each model lazily and exactly once, without locks of our own.
    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
