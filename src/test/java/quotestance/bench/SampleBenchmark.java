package quotestance.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import quotestance.model.Article;
import quotestance.pipeline.ArticleAnalyzer;

/**
 * The bundled sample through the analysis core, on one thread: articles/s, and MB/s as the sample's
 * characters over the time. Apart from {@link AnalyzerBenchmark} so that it runs once, not once per size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SampleBenchmark {
    ArticleAnalyzer analyzer;
    List<Article> articles;

    @Setup
    public void setUp() throws IOException {
        AnalyzerBenchmark sized = new AnalyzerBenchmark();
        sized.chars = 1;
        sized.setUp();
        analyzer = sized.analyzer;
        articles = sized.sample;
    }

    /** All 38 sample articles (24,629 characters); divide by 38 for the time per article. */
    @Benchmark
    public void sample(Blackhole bh) {
        for (Article a : articles) bh.consume(analyzer.analyze(a));
    }
}
