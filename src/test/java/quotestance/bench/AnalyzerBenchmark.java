package quotestance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.model.Article;
import quotestance.pipeline.ArticleAnalyzer;

/**
 * The analysis core alone, on one thread: one article of 10 KB, 100 KB and 1 MB built from the sample's
 * paragraphs (time per article: linear growth expected); {@link SampleBenchmark} runs the bundled sample.
 * Run with jobs/jmh.sh; add -prof gc for allocation per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class AnalyzerBenchmark {
    @Param({"10000", "100000", "1000000"})
    int chars;

    ArticleAnalyzer analyzer;
    Article sized;
    List<Article> sample;

    @Setup
    public void setUp() throws IOException {
        analyzer = new ArticleAnalyzer();
        sample = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("data/sample/articles.jsonl"), StandardCharsets.UTF_8)) {
            var n = json.readTree(line);
            sample.add(new Article(n.get("id").asText(), n.get("text").asText(), null, n.get("source").asText(), null, null));
        }
        StringBuilder sb = new StringBuilder(chars + 4096);
        for (int i = 0; sb.length() < chars; i++) sb.append(sample.get(i % sample.size()).text()).append("\n\n");
        sized = Article.of("sized-" + chars, sb.substring(0, chars));
    }

    /** One article of {@code chars} characters. */
    @Benchmark
    public Object article() {
        return analyzer.analyze(sized);
    }
}
