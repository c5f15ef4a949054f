package quotestance.spark;

import java.util.Iterator;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

import quotestance.model.Analysis;
import quotestance.parties.PartyGazetteer;
import quotestance.pipeline.ArticleAnalyzer;

/**
 * The one NLP pass: validates each record and analyses it with an analyzer owned by this task. Whatever
 * happens to one record (a reject, an analyzer failure) becomes a row; nothing escapes to fail the job.
 */
public final class AnalyzePartition implements FlatMapFunction<Iterator<RawRecord>, Row> {
    private final ColumnMapping columns;
    private final long maxChars;
    private final LongAccumulator analysed;
    private final PartyGazetteer parties; // null: the default, loaded once per executor JVM

    public AnalyzePartition(ColumnMapping columns, long maxChars, LongAccumulator analysed, PartyGazetteer parties) {
        this.columns = columns;
        this.maxChars = maxChars;
        this.analysed = analysed;
        this.parties = parties;
    }

    @Override
    public Iterator<Row> call(Iterator<RawRecord> records) {
        RecordValidator validator = new RecordValidator(columns, maxChars);
        ArticleAnalyzer analyzer = new ArticleAnalyzer(parties == null ? PartyGazetteer.defaults() : parties);
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
                try {
                    Analysis analysis = analyzer.analyze(outcome.article());
                    return AnalysisRows.article(r.sourceFile(), r.splitStart(), r.index(), analysis, outcome.warnings());
                } catch (RuntimeException | StackOverflowError e) {
                    return AnalysisRows.reject(r.sourceFile(), r.splitStart(), r.index(), RejectReason.ANALYSIS_FAILED,
                            e.getClass().getSimpleName() + ": " + InputFiles.oneLine(e), r.raw());
                }
            }
        };
    }
}
