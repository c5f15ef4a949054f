package quotestance.spark;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.broadcast.Broadcast;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.Language;
import quotestance.parties.PartyGazetteer;
import quotestance.pipeline.ArticleAnalyzer;

/**
 * The one NLP pass: validates each record, tells its language and analyses it with an analyzer owned by
 * this task. Whatever happens to one record (a reject, a language not asked for, an id an appended output
 * holds already, an analyzer failure) becomes a row; nothing escapes to fail the job.
 */
public final class AnalyzePartition implements FlatMapFunction<Iterator<RawRecord>, Row> {
    private final ColumnMapping columns;
    private final long maxChars;
    private final LongAccumulator analysed;
    private final PartyGazetteer parties; // null: the default, loaded once per executor JVM
    private final Set<String> languages; // null: every language
    private final Broadcast<KnownIds> known; // ids the output holds already (append), skipped unanalysed

    public AnalyzePartition(ColumnMapping columns, long maxChars, LongAccumulator analysed, PartyGazetteer parties,
                            Set<String> languages, Broadcast<KnownIds> known) {
        this.columns = columns;
        this.maxChars = maxChars;
        this.analysed = analysed;
        this.parties = parties;
        this.languages = languages;
        this.known = known;
    }

    @Override
    public Iterator<Row> call(Iterator<RawRecord> records) {
        RecordValidator validator = new RecordValidator(columns, maxChars);
        ArticleAnalyzer analyzer = new ArticleAnalyzer(parties == null ? PartyGazetteer.defaults() : parties);
        KnownIds knownIds = known == null ? KnownIds.NONE : known.value();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                RawRecord r = records.next();
                analysed.add(1);
                RecordValidator.Outcome outcome = validator.validate(r);
                if (outcome.article() == null) {
                    return AnalysisRows.reject(r.sourceFile(), r.splitStart(), r.index(), outcome.rejectReason(),
                            outcome.detail(), r.raw());
                }
                Article article = outcome.article();
                if (knownIds.contains(article.id())) {
                    return AnalysisRows.skipped(r.sourceFile(), r.splitStart(), r.index(), article.id());
                }
                try {
                    Language language = analyzer.language(article);
                    if (languages != null && !languages.contains(language.code())) {
                        return AnalysisRows.reject(r.sourceFile(), r.splitStart(), r.index(), RejectReason.LANGUAGE_EXCLUDED,
                                "language " + language.code() + " (confidence " + language.confidence()
                                        + ") is not in --languages " + String.join(",", new TreeSet<>(languages)), r.raw());
                    }
                    Analysis analysis = analyzer.analyze(article, language);
                    return AnalysisRows.article(r.sourceFile(), r.splitStart(), r.index(), analysis, outcome.warnings());
                } catch (RuntimeException | StackOverflowError e) {
                    return AnalysisRows.reject(r.sourceFile(), r.splitStart(), r.index(), RejectReason.ANALYSIS_FAILED,
                            e.getClass().getSimpleName() + ": " + InputFiles.oneLine(e), r.raw());
                }
            }
        };
    }
}
