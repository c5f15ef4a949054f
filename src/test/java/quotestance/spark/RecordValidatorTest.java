package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordValidatorTest {
    private final RecordValidator validator = new RecordValidator(ColumnMapping.defaults(), 10);

    private RecordValidator.Outcome validate(Object... keyValues) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) fields.put((String) keyValues[i], keyValues[i + 1]);
        return validator.validate(RawRecord.of("f", -1, 0, fields, ""));
    }

    @Test
    void limitCountsCodePointsNotUtf16Units() {
        String tenEmoji = "\uD83D\uDE00".repeat(10);
        assertNull(validate("id", "a", "text", tenEmoji).rejectReason());
        assertEquals(RejectReason.TEXT_TOO_LONG, validate("id", "a", "text", tenEmoji + "x").rejectReason());
    }

    @Test
    void publishedAcceptsIsoDatesAndTimestamps() {
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), RecordValidator.parseInstant("2024-01-02"));
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), RecordValidator.parseInstant("2024-01-02T03:04:05"));
        assertEquals(Instant.parse("2024-01-02T01:04:05Z"), RecordValidator.parseInstant("2024-01-02 03:04:05+02:00"));
        assertNull(RecordValidator.parseInstant("02/01/2024"));
    }

    @Test
    void idsMayBeNumbersButNotObjects() {
        assertEquals("17", validate("id", 17, "text", "t").article().id());
        assertEquals(RejectReason.INVALID_ID, validate("id", RawRecord.NON_SCALAR, "text", "t").rejectReason());
        assertEquals(RejectReason.TEXT_NOT_STRING, validate("id", "a", "text", true).rejectReason());
    }
}
