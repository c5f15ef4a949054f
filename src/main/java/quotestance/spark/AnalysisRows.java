package quotestance.spark;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import quotestance.corpus.MinHash;
import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.OffsetMap;
import quotestance.model.PartyMention;
import quotestance.model.Quote;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.Speaker;
import quotestance.model.Stance;

/**
 * Builds the rows of {@link ResultSchema#RESULT} straight from an {@link Analysis}: the one place where the
 * core's UTF-16 spans become the code-point offsets the tables publish.
 */
public final class AnalysisRows {
    /** Longest {@code raw} kept for a rejected record, in chars. */
    public static final int MAX_RAW = 64 * 1024;

    private static final scala.collection.Seq<Object> EMPTY = seq(List.of());

    private AnalysisRows() {
    }

    /** Spark's row encoder takes Scala sequences for array columns; this wraps without copying. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    public static Row article(String file, long splitStart, long index, Analysis a, List<String> warnings) {
        Article article = a.article();
        String text = article.text();
        OffsetMap offsets = OffsetMap.of(text);
        Timestamp published = article.published() == null ? null : Timestamp.from(article.published());
        Row articleRow = RowFactory.create(
                article.id(), article.source(), published,
                article.title(), article.url(), text, offsets.toCodePoint(text.length()),
                a.paragraphs().size(), a.sentences().size(), a.quotes().size(), seq(warnings),
                a.language().code(), a.language().confidence());
        return RowFactory.create(ResultSchema.KIND_ARTICLE, article.id(), article.source(), published,
                a.language().code(), signature(text), file, splitStart, index,
                null, null, null, articleRow,
                seq(sentences(a, text, offsets)), seq(quotes(a, text, offsets)), seq(speakers(a)),
                seq(partyMentions(a, text, offsets)), seq(stances(a, text, offsets)));
    }

    public static Row reject(String file, long splitStart, long index, String reason, String detail, String raw) {
        return RowFactory.create(ResultSchema.KIND_REJECT, null, null, null, null, null, file, splitStart, index, reason, detail, truncate(raw),
                null, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY);
    }

    private static scala.collection.Seq<Object> signature(String text) {
        int[] sig = MinHash.signature(text);
        if (sig == null) return null;
        List<Object> boxed = new ArrayList<>(sig.length);
        for (int v : sig) boxed.add(v);
        return seq(boxed);
    }

    /** A record whose id an appended output already holds: counted, not analysed, in no table. */
    public static Row skipped(String file, long splitStart, long index, String articleId) {
        return RowFactory.create(ResultSchema.KIND_SKIPPED, articleId, null, null, null, null, file, splitStart, index,
                null, null, null, null, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY);
    }

    static String truncate(String raw) {
        if (raw == null || raw.length() <= MAX_RAW) return raw;
        int end = MAX_RAW;
        if (Character.isHighSurrogate(raw.charAt(end - 1))) end--;
        return raw.substring(0, end);
    }

    private static List<Row> sentences(Analysis a, String text, OffsetMap o) {
        List<Row> rows = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            rows.add(RowFactory.create(s.index(), s.paragraphIndex(), o.toCodePoint(s.span().start()),
                    o.toCodePoint(s.span().end()), s.span().of(text), s.tokens().size()));
        }
        return rows;
    }

    private static List<Row> quotes(Analysis a, String text, OffsetMap o) {
        List<Row> rows = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            rows.add(RowFactory.create(q.id(), o.toCodePoint(q.content().start()), o.toCodePoint(q.content().end()),
                    q.content().of(text), q.kind().label(),
                    textOf(q.cue(), text), start(q.cue(), o), end(q.cue(), o),
                    textOf(q.speakerMention(), text), start(q.speakerMention(), o), end(q.speakerMention(), o),
                    q.speaker(), q.speakerId(), q.speakerType().label(), q.attribution(),
                    q.mentionRule() == null ? null : q.mentionRule().label(), q.confidence(), q.sentenceIndex()));
        }
        return rows;
    }

    private static List<Row> speakers(Analysis a) {
        List<Row> rows = new ArrayList<>(a.speakers().size());
        for (Speaker s : a.speakers()) {
            rows.add(RowFactory.create(s.id(), s.name(), seq(s.aliases()), seq(s.titles()), s.type().label(), s.quoteCount()));
        }
        return rows;
    }

    private static List<Row> partyMentions(Analysis a, String text, OffsetMap o) {
        List<Row> rows = new ArrayList<>(a.partyMentions().size());
        for (PartyMention m : a.partyMentions()) {
            rows.add(RowFactory.create(m.party(), m.partyType(), m.span().of(text), o.toCodePoint(m.span().start()),
                    o.toCodePoint(m.span().end()), m.quoteId()));
        }
        return rows;
    }

    private static List<Row> stances(Analysis a, String text, OffsetMap o) {
        List<Row> rows = new ArrayList<>(a.stances().size());
        for (Stance s : a.stances()) {
            rows.add(RowFactory.create(s.quoteId(), s.holder(), s.holderId(), s.party(), s.mention().of(text),
                    o.toCodePoint(s.mention().start()), o.toCodePoint(s.mention().end()), s.label().label(),
                    s.score(), s.evidence()));
        }
        return rows;
    }

    private static String textOf(Span s, String text) {
        return s == null ? null : s.of(text);
    }

    private static Integer start(Span s, OffsetMap o) {
        return s == null ? null : o.toCodePoint(s.start());
    }

    private static Integer end(Span s, OffsetMap o) {
        return s == null ? null : o.toCodePoint(s.end());
    }
}
