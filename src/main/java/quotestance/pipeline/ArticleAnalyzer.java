package quotestance.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.Language;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.parties.PartyGazetteer;
import quotestance.parties.PartyMatcher;
import quotestance.quotes.QuoteFinder;
import quotestance.speakers.RankedQuote;
import quotestance.speakers.SpeakerRanker;
import quotestance.speakers.SpeakerResolver;
import quotestance.stance.StanceAnnotator;
import quotestance.stance.StanceClassifier;
import quotestance.text.LanguageIdentifier;
import quotestance.text.Paragraphs;
import quotestance.text.SentenceSplitter;
import quotestance.text.TextNormalizer;
import quotestance.text.WordTokenizer;

/**
 * One pass over one article: paragraphs, sentences, tokens, then the later steps. Deterministic and free of
 * Spark; holds per-thread OpenNLP instances, so use one analyzer per thread (or per Spark task).
 */
public final class ArticleAnalyzer {
    private final LanguageIdentifier languageIdentifier = new LanguageIdentifier();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final SpeakerResolver speakerResolver;
    private final PartyMatcher partyMatcher;
    private final StanceAnnotator stanceAnnotator;

    /** An analyzer with the default parties. */
    public ArticleAnalyzer() {
        this(PartyGazetteer.defaults());
    }

    public ArticleAnalyzer(PartyGazetteer parties) {
        this(parties, SpeakerRanker.shipped());
    }

    /** An analyzer with these parties and this speaker ranker ({@link SpeakerRanker#NONE}: the rule steps alone). */
    public ArticleAnalyzer(PartyGazetteer parties, SpeakerRanker ranker) {
        this.speakerResolver = new SpeakerResolver(ranker);
        this.partyMatcher = new PartyMatcher(parties);
        this.stanceAnnotator = new StanceAnnotator(StanceClassifier.defaults());
    }

    /** The article's language, told from its text. */
    public Language language(Article article) {
        return languageIdentifier.identify(article.text());
    }

    public Analysis analyze(Article article) {
        return analyze(article, language(article));
    }

    /** Analyses the article, handing each quote the speaker ranker judged to {@code ranked}. */
    public Analysis analyze(Article article, Consumer<RankedQuote> ranked) {
        return analyze(article, language(article), ranked);
    }

    /**
     * Analyses the article as written in {@code language}: English (or undetermined) gets the full analysis;
     * any other language only paragraphs and sentences, never the English rules (they would find quotes and
     * speakers that are not there).
     */
    public Analysis analyze(Article article, Language language) {
        return analyze(article, language, null);
    }

    private Analysis analyze(Article article, Language language, Consumer<RankedQuote> ranked) {
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
        if (!language.analysedAsEnglish()) return Analysis.textOnly(article, language, paragraphs, sentences);
        List<QuoteCandidate> candidates = quoteFinder.find(text, normalized, paragraphs, sentences);
        SpeakerResolver.Resolution speakers = speakerResolver.resolve(article.id(), normalized, sentences, candidates, ranked);
        var mentions = partyMatcher.find(normalized, speakers.quotes());
        var stances = stanceAnnotator.annotate(article, normalized, sentences, speakers.quotes(), mentions);
        return new Analysis(article, language, paragraphs, sentences, speakers.quotes(), speakers.speakers(), mentions, stances);
    }
}
