package quotestance.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.OffsetMap;
import quotestance.model.Quote;
import quotestance.pipeline.ArticleAnalyzer;

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
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        List<QuoteScorer.GoldArticle> golds = new ArrayList<>();
        Map<String, List<QuoteScorer.Pred>> preds = new LinkedHashMap<>();
        Files.createDirectories(predictionsOut.toAbsolutePath().getParent());
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode a = JSON.readTree(line);
                String id = a.get("id").asText();
                String text = a.get("text").asText();
                golds.add(new QuoteScorer.GoldArticle(id, goldQuotes(a), a.path("speakers_resolved").asBoolean(true),
                        a.path("fold").asInt(-1), a.path("quotes_complete").asBoolean(true)));
                Analysis analysis = analyzer.analyze(new Article(id, text, null, a.path("source").asText(null), null, null));
                OffsetMap o = OffsetMap.of(text);
                List<QuoteScorer.Pred> mine = new ArrayList<>();
                for (Quote q : analysis.quotes()) {
                    QuoteScorer.Pred p = new QuoteScorer.Pred(o.toCodePoint(q.content().start()), o.toCodePoint(q.content().end()),
                            q.speaker(), q.speakerMention() == null ? null : o.toCodePoint(q.speakerMention().start()),
                            q.speakerMention() == null ? null : o.toCodePoint(q.speakerMention().end()), q.kind().label(),
                            q.confidence(), q.attribution(), q.mentionRule() == null ? null : q.mentionRule().label());
                    mine.add(p);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("article_id", id);
                    row.put("start", p.start());
                    row.put("end", p.end());
                    row.put("kind", p.kind());
                    row.put("speaker", p.speaker());
                    row.put("speaker_start", p.speakerStart());
                    row.put("speaker_end", p.speakerEnd());
                    row.put("speaker_mention", q.speakerMention() == null ? null : q.speakerMention().of(text));
                    row.put("cue", q.cue() == null ? null : q.cue().of(text));
                    row.put("attribution", q.attribution());
                    row.put("confidence", q.confidence());
                    row.put("text", q.content().of(text));
                    out.write(JSON.writeValueAsString(row));
                    out.write('\n');
                }
                preds.put(id, mine);
            }
        }
        return new Result(QuoteScorer.score(golds, preds), golds.size(), QuoteScorer.confidenceAuc(golds, preds),
                QuoteScorer.outcomes(golds, preds));
    }

    private static List<QuoteScorer.Gold> goldQuotes(JsonNode a) {
        List<QuoteScorer.Gold> out = new ArrayList<>();
        for (JsonNode q : a.path("quotes")) {
            out.add(new QuoteScorer.Gold(q.get("start").asInt(), q.get("end").asInt(),
                    q.path("speaker").isTextual() ? q.get("speaker").asText() : null,
                    q.path("speaker_start").isInt() ? q.get("speaker_start").asInt() : null,
                    q.path("speaker_end").isInt() ? q.get("speaker_end").asInt() : null,
                    q.path("direct").asBoolean(false)));
        }
        return out;
    }
}
