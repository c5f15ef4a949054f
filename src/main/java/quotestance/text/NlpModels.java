package quotestance.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP UD English sentence model, loaded once per JVM on first use and shared read-only; the
 * {@code SentenceDetectorME} that uses it is not thread-safe and is made per thread by its owner. (Tokens
 * are cut by rule: see {@link WordTokenizer}.)
 */
public final class NlpModels {
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** OpenNLP's language detector (103 languages, ISO 639-3 codes), from opennlp-models-langdetect. */
    public static final String LANGUAGE_MODEL = "langdetect-183.bin";

    private NlpModels() {
    }

    public static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    public static LanguageDetectorModel languages() {
        return LanguageHolder.MODEL;
    }

    // Holder classes: the JVM loads each model lazily and exactly once, without locks of our own.
    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
    }

    private static final class LanguageHolder {
        static final LanguageDetectorModel MODEL = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
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
