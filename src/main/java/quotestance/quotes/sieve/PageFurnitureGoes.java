package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import quotestance.lexicon.WordLists;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * {@code By signing up, you agree to our Privacy Policy}: a sentence a page repeats around its articles
 * (quotes/page-furniture.txt) holds no quote, whatever cue it has; nor is a quote whose own words hold a media
 * player's notice or a gallery's label (quotes/furniture-content.txt) a quote.
 */
public final class PageFurnitureGoes implements FinalStep {
    private static final List<Pattern> SENTENCES = patterns("quotes/page-furniture.txt");
    private static final List<Pattern> CONTENT = patterns("quotes/furniture-content.txt");

    @Override
    public List<QuoteCandidate> apply(List<QuoteCandidate> candidates, ArticleView article) {
        List<QuoteCandidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            QuoteCandidate c = candidates.get(i);
            boolean furniture = c.sentenceIndex() >= 0 && c.sentenceIndex() < article.sentenceCount()
                    && found(SENTENCES, article.text(), article.sentence(c.sentenceIndex()).span())
                    || found(CONTENT, article.text(), c.content());
            if (furniture && out == null) out = new ArrayList<>(candidates.subList(0, i));
            if (!furniture && out != null) out.add(c);
        }
        return out == null ? candidates : out;
    }

    private static boolean found(List<Pattern> patterns, String text, Span span) {
        CharSequence s = text.subSequence(span.start(), span.end());
        for (Pattern p : patterns) if (p.matcher(s).find()) return true;
        return false;
    }

    private static List<Pattern> patterns(String file) {
        return WordLists.entries(file).stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    }
}
