package quotestance.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import quotestance.model.Article;

/** Turns a read record into an {@link Article}, or says why it cannot be one. */
public final class RecordValidator {
    /** Either an article (with warnings about optional fields it had to drop) or a rejection. */
    public record Outcome(Article article, List<String> warnings, String rejectReason, String detail) {
        static Outcome reject(String reason, String detail) {
            return new Outcome(null, List.of(), reason, detail);
        }
    }

    private final ColumnMapping columns;
    private final long maxChars;

    public RecordValidator(ColumnMapping columns, long maxChars) {
        this.columns = columns;
        this.maxChars = maxChars;
    }

    public Outcome validate(RawRecord record) {
        if (record.isRejected()) return Outcome.reject(record.rejectReason(), record.detail());
        Map<String, Object> f = record.fields();
        String id;
        if (!f.containsKey(columns.id())) return Outcome.reject(RejectReason.MISSING_ID, "no field '" + columns.id() + "'");
        Object idValue = f.get(columns.id());
        if (idValue == null) return Outcome.reject(RejectReason.NULL_ID, "'" + columns.id() + "' is null");
        if (idValue instanceof String s) {
            if (RawRecord.NON_SCALAR.equals(s)) return Outcome.reject(RejectReason.INVALID_ID, "'" + columns.id() + "' is an object or array");
            id = s.strip();
        } else if (idValue instanceof BigDecimal d) {
            id = d.toPlainString();
        } else if (idValue instanceof Number || idValue instanceof Boolean || idValue instanceof TemporalAccessor) {
            id = idValue.toString();
        } else {
            return Outcome.reject(RejectReason.INVALID_ID, "'" + columns.id() + "' is " + kind(idValue) + ", not a string or number");
        }
        if (id.isEmpty()) return Outcome.reject(RejectReason.EMPTY_ID, "'" + columns.id() + "' is empty");

        if (!f.containsKey(columns.text())) return Outcome.reject(RejectReason.MISSING_TEXT, "no field '" + columns.text() + "'");
        Object textValue = f.get(columns.text());
        if (textValue == null) return Outcome.reject(RejectReason.NULL_TEXT, "'" + columns.text() + "' is null");
        if (!(textValue instanceof String text) || RawRecord.NON_SCALAR.equals(text)) {
            return Outcome.reject(RejectReason.TEXT_NOT_STRING, "'" + columns.text() + "' is " + kind(textValue) + ", not a string");
        }
        if (text.isBlank()) return Outcome.reject(RejectReason.EMPTY_TEXT, "'" + columns.text() + "' is empty");
        if (text.length() > maxChars) { // cheap test first: code points never outnumber UTF-16 units
            long codePoints = text.codePointCount(0, text.length());
            if (codePoints > maxChars) {
                return Outcome.reject(RejectReason.TEXT_TOO_LONG, codePoints + " characters, more than --max-chars " + maxChars);
            }
        }
        List<String> warnings = new ArrayList<>(0);
        String title = optionalString(f, columns.title(), warnings);
        String source = optionalString(f, columns.source(), warnings);
        String url = optionalString(f, columns.url(), warnings);
        String publishedText = optionalString(f, columns.published(), warnings);
        Instant published = null;
        if (publishedText != null && !publishedText.isBlank()) {
            published = parseInstant(publishedText.strip());
            if (published == null) warnings.add("unparseable " + columns.published() + ": " + abbreviate(publishedText));
        }
        return new Outcome(new Article(id, text, title, source, published, url), List.copyOf(warnings), null, null);
    }

    private static String optionalString(Map<String, Object> f, String column, List<String> warnings) {
        Object v = f.get(column);
        if (v == null) return null;
        if (RawRecord.NON_SCALAR.equals(v) || v instanceof byte[]) {
            warnings.add("ignored " + column + ": " + (v instanceof byte[] ? "binary, not a string" : "not a scalar"));
            return null;
        }
        return v.toString();
    }

    /** What a value that cannot be used is, for a detail line. */
    private static String kind(Object v) {
        if (RawRecord.NON_SCALAR.equals(v)) return "an object or array";
        if (v instanceof byte[]) return "binary";
        if (v instanceof Number) return "a number";
        if (v instanceof Boolean) return "a boolean";
        if (v instanceof TemporalAccessor) return "a date or time";
        return "a " + v.getClass().getSimpleName();
    }

    /** ISO 8601 date, local date-time (taken as UTC) or offset date-time; null when it is none of those. */
    public static Instant parseInstant(String s) {
        try {
            if (s.length() <= 10) return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            String t = s.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
