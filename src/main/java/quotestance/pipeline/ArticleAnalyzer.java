package quotestance.pipeline;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.Paragraph;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.text.Paragraphs;
import quotestance.text.SentenceSplitter;
import quotestance.text.TextNormalizer;
import quotestance.text.WordTokenizer;

/**
 * One pass over one article: paragraphs, sentences, tokens, then the later steps. Deterministic and free of
 * Spark; holds per-thread OpenNLP instances, so use one analyzer per thread (or per Spark task).
 */
public final class ArticleAnalyzer {
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final WordTokenizer tokenizer = new WordTokenizer();

    public Analysis analyze(Article article) {
        String text = article.text();
        String normalized = TextNormalizer.normalize(text);
        List<Paragraph> paragraphs = Paragraphs.split(normalized);
        List<Span> sentenceSpans = sentenceSplitter.split(text, normalized, paragraphs);
        List<Sentence> sentences = new ArrayList<>(sentenceSpans.size());
        int p = 0;
        for (Span s : sentenceSpans) {
            while (p + 1 < paragraphs.size() && paragraphs.get(p).span().end() <= s.start()) p++;
            sentences.add(new Sentence(sentences.size(), p, s, tokenizer.tokenize(normalized, s.start(), s.end())));
        }
        return new Analysis(article, paragraphs, sentences, List.of(), List.of(), List.of(), List.of());
    }
}
