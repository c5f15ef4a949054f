package quotestance.testing;

import org.apache.spark.sql.SparkSession;

import quotestance.spark.SparkSessions;

/** One local Spark session for the whole test JVM: starting Spark costs seconds, so the suite shares it. */
public final class TestSpark {
    private static SparkSession spark;

    private TestSpark() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            System.setProperty("spark.sql.shuffle.partitions", "4");
            System.setProperty("spark.default.parallelism", "2");
            spark = SparkSessions.create("local[2]", "quotestance-tests");
        }
        return spark;
    }
}
