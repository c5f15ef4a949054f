package quotestance.spark;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads one JSON object and keeps the mapped fields as plain Java values. Jackson refuses strings longer than
 * its limit (20 M characters by default), so the limit is raised to what {@code --max-chars} allows: a text of
 * that many code points takes up to twice as many UTF-16 units. A string beyond even that is the too long text
 * it almost always is, not broken JSON. One instance serves one reader (it holds its own mapper).
 */
final class JsonFields {
    private final ObjectMapper mapper;
    private final ColumnMapping columns;
    private final long maxChars;

    JsonFields(ColumnMapping columns, long maxChars) {
        this.columns = columns;
        this.maxChars = maxChars;
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength(maxChars)).build())
                        .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The longest JSON string accepted, in UTF-16 units: twice {@code --max-chars}, never below Jackson's default. */
    static int maxStringLength(long maxChars) {
        long limit = Math.max(2 * maxChars, StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
        return (int) Math.min(limit, Integer.MAX_VALUE - 8);
    }

    /** The fields of a JSON object line, or a reject reason. */
    RawRecord parse(String json, String file, long splitStart, long index) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException && e.getOriginalMessage().startsWith("String value length")) {
                return RawRecord.rejected(file, splitStart, index, RejectReason.TEXT_TOO_LONG,
                        "a JSON string longer than " + maxStringLength(maxChars) + " UTF-16 units, more than --max-chars "
                                + maxChars + " characters can take", json);
            }
            return RawRecord.rejected(file, splitStart, index, RejectReason.MALFORMED_JSON, e.getOriginalMessage(), json);
        }
        if (node == null || !node.isObject()) {
            return RawRecord.rejected(file, splitStart, index, RejectReason.NOT_AN_OBJECT,
                    "a JSON " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()) + ", not an object", json);
        }
        Map<String, Object> fields = new HashMap<>(8);
        for (String column : columns.all()) {
            if (node.has(column)) fields.put(column, value(node.get(column)));
        }
        return RawRecord.of(file, splitStart, index, fields, json);
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) return null;
        if (v.isTextual()) return v.textValue();
        if (v.isNumber()) return v.numberValue();
        if (v.isBoolean()) return v.booleanValue();
        return RawRecord.NON_SCALAR;
    }
}
