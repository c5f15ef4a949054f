package quotestance.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.model.Analysis;
import quotestance.model.OffsetMap;
import quotestance.model.Quote;
import quotestance.model.Span;
import quotestance.pipeline.ArticleAnalyzer;
import quotestance.speakers.RankedQuote;

/**
 * Runs the analyzer on an annotated quote set (format 1 of {@code ../shared/eval/README.md}), writes the
 * predictions as JSON lines (the {@code quotes} table's columns, for {@code score.py} or for reading errors),
 * and scores them with {@link QuoteScorer}. No Spark: the same core the job runs.
 */
public final class QuoteEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The metrics, how many articles were read, and what became of each predicted quote. */
    public record Result(Map<String, Double> metrics, int articles, double confidenceAuc, List<QuoteScorer.Outcome> outcomes) {
    }

    private QuoteEval() {
    }

    public static Result run(Path gold, Path predictionsOut) throws IOException {
        Files.createDirectories(predictionsOut.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
            return run(GoldSet.read(gold), new ArticleAnalyzer(), f -> true, out);
        }
    }

    /** Scores the analyzer on the set's articles of the folds {@code folds} takes; predictions to {@code out} if given. */
    public static Result run(GoldSet set, ArticleAnalyzer analyzer, IntPredicate folds, Writer out) throws IOException {
        List<QuoteScorer.GoldArticle> golds = new ArrayList<>();
        Map<String, List<QuoteScorer.Pred>> preds = new LinkedHashMap<>();
        for (GoldSet.Item item : set.items()) {
            if (!folds.test(item.fold())) continue;
            golds.add(item.gold());
            String id = item.article().id();
            String text = item.article().text();
            Map<Span, RankedQuote> ranked = new HashMap<>();
            Analysis analysis = analyzer.analyze(item.article(), r -> ranked.put(r.content(), r));
            OffsetMap o = OffsetMap.of(text);
            List<QuoteScorer.Pred> mine = new ArrayList<>();
            for (Quote q : analysis.quotes()) {
                QuoteScorer.Pred p = new QuoteScorer.Pred(o.toCodePoint(q.content().start()), o.toCodePoint(q.content().end()),
                        q.speaker(), q.speakerMention() == null ? null : o.toCodePoint(q.speakerMention().start()),
                        q.speakerMention() == null ? null : o.toCodePoint(q.speakerMention().end()), q.kind().label(),
                        q.confidence(), q.attribution(), q.mentionRule() == null ? null : q.mentionRule().label(),
                        mentionKind(q, ranked.get(q.content())));
                mine.add(p);
                if (out != null) write(out, id, text, q, p);
            }
            preds.put(id, mine);
        }
        return new Result(QuoteScorer.score(golds, preds), golds.size(), QuoteScorer.confidenceAuc(golds, preds),
                QuoteScorer.outcomes(golds, preds));
    }

    /**
     * The kind of a quote's speaker mention, as the figures split it: a name; a description an entity holds as
     * its title; another description; a pronoun; a floating quote (no mention, a quotation of its own or one
     * that runs on); none (no mention otherwise).
     */
    static String mentionKind(Quote q, RankedQuote ranked) {
        if (ranked == null) return q.speakerMention() != null ? "name" : "floating";
        if (!ranked.kind().equals("none")) return ranked.kind();
        return q.attribution() != null && q.attribution().startsWith("direct:") ? "floating" : "none";
    }

    private static void write(Writer out, String id, String text, Quote q, QuoteScorer.Pred p) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("article_id", id);
        row.put("start", p.start());
        row.put("end", p.end());
        row.put("kind", p.kind());
        row.put("speaker", p.speaker());
        row.put("speaker_start", p.speakerStart());
        row.put("speaker_end", p.speakerEnd());
        row.put("speaker_mention", q.speakerMention() == null ? null : q.speakerMention().of(text));
        row.put("mention_kind", p.mentionKind());
        row.put("cue", q.cue() == null ? null : q.cue().of(text));
        row.put("attribution", q.attribution());
        row.put("confidence", q.confidence());
        row.put("text", q.content().of(text));
        out.write(JSON.writeValueAsString(row));
        out.write('\n');
    }
}
