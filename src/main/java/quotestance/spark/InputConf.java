package quotestance.spark;

import java.util.Map;

import org.apache.hadoop.conf.Configuration;

/**
 * The Hadoop configuration input is read with: local files through {@link NameSafeLocalFileSystem}, so that a
 * file whose name holds {@code :} opens.
 */
final class InputConf {
    /** The settings, also for Spark's own readers, which take them as options. */
    static final Map<String, String> SETTINGS = Map.of(
            "fs.file.impl", NameSafeLocalFileSystem.class.getName(),
            // the filesystem cache keys on the scheme alone: without this, a cached instance of the usual one is used
            "fs.file.impl.disable.cache", "true");

    private InputConf() {
    }

    static Configuration of(Configuration base) {
        Configuration conf = new Configuration(base);
        SETTINGS.forEach(conf::set);
        return conf;
    }
}
