package quotestance.spark;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads one JSON object and keeps the mapped fields as plain Java values. */
final class JsonFields {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFields() {
    }

    /** The fields of a JSON object line, or a reject reason. */
    static RawRecord parse(String json, ColumnMapping columns, String file, long splitStart, long index) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return RawRecord.rejected(file, splitStart, index, RejectReason.MALFORMED_JSON,
                    e.getOriginalMessage(), json);
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
