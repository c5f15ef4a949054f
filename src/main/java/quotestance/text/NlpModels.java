package quotestance.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP UD English models, loaded once per JVM on first use and shared read-only; the {@code *ME}
 * classes that use them are not thread-safe and are made per thread by their owners.
 */
public final class NlpModels {
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private NlpModels() {
    }

    public static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    public static TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    public static POSModel pos() {
        return PosHolder.MODEL;
    }

    public static LemmatizerModel lemmas() {
        return LemmaHolder.MODEL;
    }

    // Holder classes: the JVM loads each model lazily and exactly once, without locks of our own.
    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = load(TOKEN_MODEL, TokenizerModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load(POS_MODEL, POSModel::new);
    }

    private static final class LemmaHolder {
        static final LemmatizerModel MODEL = load(LEMMA_MODEL, LemmatizerModel::new);
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
