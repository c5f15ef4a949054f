package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.junit.jupiter.api.Test;

class PartitionValueTest {
    @Test
    void ordinaryValuesAreKeptForSparkToEscape() {
        for (String v : new String[] {"Test Wire", "a/b", "x=y", "..", "100%", "\u4e2d\u6587", ""}) {
            assertEquals(v, PartitionValue.of(v));
        }
        assertNull(PartitionValue.of(null));
    }

    @Test
    void theDefaultPartitionNameGetsABackslashSoThatItIsNotNull() {
        assertEquals("\\__HIVE_DEFAULT_PARTITION__", PartitionValue.of("__HIVE_DEFAULT_PARTITION__"));
        // so that a source that is the altered form is not the same folder either
        assertEquals("\\\\__HIVE_DEFAULT_PARTITION__", PartitionValue.of("\\__HIVE_DEFAULT_PARTITION__"));
    }

    @Test
    void zeroCharactersAreReplaced() {
        assertEquals("a\uFFFDb", PartitionValue.of("a\u0000b"));
    }

    @Test
    void longValuesAreCutWithAHashOfTheWhole() {
        for (String unit : new String[] {"w", "/", "\u00e9\u4e2d", "\uD83D\uDE80"}) {
            String a = unit.repeat(400);
            String b = a + "!";
            String pa = PartitionValue.of(a);
            assertTrue(ExternalCatalogUtils.escapePathName(pa).getBytes(StandardCharsets.UTF_8).length <= PartitionValue.MAX_BYTES, pa);
            assertTrue(pa.matches("(?s).+~[0-9a-f]{16}"), pa);
            assertTrue(a.startsWith(pa.substring(0, pa.length() - 17)), pa);
            assertNotEquals(pa, PartitionValue.of(b));
        }
    }
}
