package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    @Test
    void theStringLimitIsTwiceMaxCharsAndNeverBelowJacksonsDefault() {
        assertEquals(20_000_000, JsonFields.maxStringLength(500));
        assertEquals(20_000_000, JsonFields.maxStringLength(RunOptions.DEFAULT_MAX_CHARS));
        assertEquals(100_000_000, JsonFields.maxStringLength(50_000_000));
        assertEquals(Integer.MAX_VALUE - 8, JsonFields.maxStringLength(5_000_000_000L));
    }

    @Test
    void aStringBeyondTheLimitIsATextTooLong() {
        JsonFields json = new JsonFields(ColumnMapping.defaults(), 500);
        RawRecord r = json.parse("{\"id\": \"a\", \"text\": \"" + "x".repeat(20_000_001) + "\"}", "f", 0, 0);
        assertEquals(RejectReason.TEXT_TOO_LONG, r.rejectReason());
        assertTrue(r.detail().contains("--max-chars 500"), r.detail());
        assertEquals(RejectReason.MALFORMED_JSON, json.parse("{\"id\": ", "f", 0, 1).rejectReason());
        assertNull(json.parse("{\"id\": \"a\", \"text\": \"fine\"}", "f", 0, 2).rejectReason());
    }
}
