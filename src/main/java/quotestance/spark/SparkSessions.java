package quotestance.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Starts the job's Spark session with settings that suit it, leaving every setting the user made alone. */
public final class SparkSessions {
    private SparkSessions() {
    }

    /** @param master the {@code --master} option, or null for {@code spark.master} if set, else {@code local[*]} */
    public static SparkSession create(String master, String appName) {
        SparkConf conf = new SparkConf();
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            // the machine's host name may resolve to an address Spark should not bind to
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
            // 200 shuffle partitions cost a task each on a laptop; the aggregates here are small
            conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        }
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        conf.setIfMissing("spark.kryo.registrator", KryoRecords.class.getName());
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // readers other than Spark (pandas, DuckDB, Arrow) expect standard timestamps, not the legacy INT96
        conf.setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        conf.setAppName(appName);
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
