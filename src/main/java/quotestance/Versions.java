package quotestance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions the build recorded (Maven filters {@code quotestance-version.properties}). */
public final class Versions {
    private static final Properties PROPS = load();

    private Versions() {
    }

    public static String project() {
        return PROPS.getProperty("quotestance.version", "unknown");
    }

    public static String openNlp() {
        return PROPS.getProperty("opennlp.version", "unknown");
    }

    public static String openNlpModels() {
        return PROPS.getProperty("opennlp.models.version", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/quotestance-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // versions are informative; "unknown" says what happened
        }
        return p;
    }
}
