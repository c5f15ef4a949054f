package quotestance.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import quotestance.model.Article;
import quotestance.pipeline.ArticleAnalyzer;

/**
 * The analysis core alone, on one thread, on a hostile article: one short clause repeated to {@code chars}
 * characters, in one paragraph ({@code reported}: a reported clause with a quotation, every clause a party
 * mention; {@code direct}: a quotation and its cue, one sentence each). Time per article should grow linearly
 * with {@code chars}. Run with jobs/jmh.sh RepeatedClauseBenchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class RepeatedClauseBenchmark {
    @Param({"500000", "1000000"})
    int chars;

    @Param({"reported", "direct"})
    String shape;

    ArticleAnalyzer analyzer;
    Article article;

    @Setup
    public void setUp() {
        analyzer = new ArticleAnalyzer();
        String clause = shape.equals("reported") ? "Kenya said \"no\" and " : "\"No,\" Kenya said. ";
        article = Article.of(shape + "-" + chars, clause.repeat(chars / clause.length()));
    }

    @Benchmark
    public Object article() {
        return analyzer.analyze(article);
    }
}
