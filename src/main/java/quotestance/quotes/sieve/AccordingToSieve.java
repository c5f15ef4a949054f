package quotestance.quotes.sieve;

import java.util.List;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * {@code According to X, ...}, {@code ..., according to X.}, {@code ..., as reported by X, ...}: the source
 * before, after or inside the clause. X may be a plain source ("police", "exit polls") but not a document,
 * whose writer it does not name, unless a possessor names it ("the union's weekly statement": the union).
 */
public final class AccordingToSieve implements CueSieve {
    /** Documents that count as sources on their own ("according to a poll"), but give way to their owner when named. */
    private static final Set<String> REPORT_NOUNS = WordLists.load("quotes/report-nouns");
    private static final Set<String> DOCUMENT_NOUNS = WordLists.load("quotes/document-nouns");
    private static final Set<String> LINKING_WORDS = WordLists.load("quotes/linking-words");
    private static final int MAX_SOURCE_WORDS = 8;

    private final Lexicons lex = Lexicons.get();

    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_ACCORDING_TO;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        if (!site.source()) return null;
        String text = site.text();
        TokenText t = site.tokens();
        Sentence sentence = site.sentence();
        int i = site.index();
        int cueLast = t.is(i, "as") ? i + 2 : i + 1; // "according to" or "as reported by"
        MentionParser mentions = site.mentions();
        Mention m = documentOwner(mentions, t, cueLast + 1);
        if (m == null) m = mentions.after(t, cueLast + 1);
        if (m == null) m = sourcePhrase(t, cueLast + 1);
        if (m == null) return null;
        Span cue = new Span(t.start(i), t.end(cueLast));
        int afterMention = t.tokenAtOrAfter(m.span().end());
        Span content;
        if (i == 0 || i == 1 && !t.isWord(0)) {
            // According to X, CLAUSE.
            int k = afterMention;
            while (k < t.size() && !t.isPunct(k, ',')) k++;
            if (k >= t.size() - 1) return null;
            content = Clauses.clause(text, t, k + 1, sentence);
        } else if (i > 0 && t.isPunct(i - 1, ',')) {
            // CLAUSE, according to X. / CLAUSE, according to X, CLAUSE.
            content = Spans.trimTail(text, new Span(sentence.span().start(), t.start(i - 1)));
            if (afterMention < t.size() && t.isPunct(afterMention, ',') && content != null) {
                Span rest = Clauses.clause(text, t, afterMention + 1, sentence);
                // "But, according to the poll, ...", "..., because, according to Trump, ...": the source vouches
                // for the clause after it only
                boolean afterOnly = i >= 2 && LINKING_WORDS.contains(t.lower(i - 2));
                if (rest != null && (afterOnly || !Clauses.attributionAdjunct(t, afterMention + 1, true))) {
                    content = afterOnly ? rest : new Span(content.start(), rest.end());
                }
            }
        } else {
            return null;
        }
        if (content == null || Spans.wordCount(text, content) < 3) return null;
        return new QuoteCandidate(content, Spans.kindOf(text, content), cue, site.cue().lemma(), m, rule(), RuleConfidence.of(rule()),
                site.sentenceIndex(), sentence.paragraphIndex(), false);
    }

    /**
     * The source named after "according to" when it is no name or role ("police", "exit polls", "recent data"):
     * the words up to the next comma or the sentence's end, when there are few of them.
     */
    private static Mention sourcePhrase(TokenText t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX_SOURCE_WORDS && (t.isWord(k) || t.is(k, "'s") || t.is(k, "&") || t.is(k, "-"))) k++;
        boolean ends = k >= t.size() || t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';');
        if (!ends || k == from || !t.isWord(k - 1)) return null;
        // a document is the channel of whoever wrote it ("according to the post", "... to preliminary findings"): it
        // names no speaker, and the writer is not in the phrase
        for (int w = from; w < k; w++) {
            if (CuePhrases.CHANNEL_WORDS.contains(t.lower(w)) || DOCUMENT_NOUNS.contains(t.lower(w))) return null;
        }
        return new Mention(new Span(t.start(from), t.end(k - 1)), null, List.of(), Mention.Kind.DESCRIPTION,
                SpeakerType.UNKNOWN, (char) 0, t.lower(k - 1), MentionRule.SOURCE_PHRASE);
    }

    /**
     * "according to the union's weekly statement", "the town's housing survey": the one whose document it is;
     * null when the source is no possessor's document.
     */
    private Mention documentOwner(MentionParser mentions, TokenText t, int from) {
        int possessive = -1;
        for (int k = from; k < Math.min(t.size(), from + MAX_SOURCE_WORDS) && (t.isWord(k) || t.is(k, "'s")); k++) {
            String w = t.lower(k);
            if (possessive < 0 && (w.endsWith("'s") || w.endsWith("\u2019s"))) possessive = k;
            else if (possessive >= 0 && (CuePhrases.CHANNEL_WORDS.contains(w) || DOCUMENT_NOUNS.contains(w) || REPORT_NOUNS.contains(w))) {
                Mention owner = mentions.before(t, possessive + 1);
                if (owner != null && t.tokenAtOrAfter(owner.span().start()) >= from) return owner.withRule(MentionRule.DOCUMENT_OWNER);
                // "the city's": the possessor as written, without its "'s"
                String head = t.lower(possessive);
                head = head.substring(0, head.length() - 2);
                if (head.isEmpty()) return null;
                return new Mention(new Span(t.start(from), t.end(possessive) - 2), null, List.of(), Mention.Kind.DESCRIPTION,
                        lex.isOrganization(head) ? SpeakerType.ORGANIZATION : SpeakerType.UNKNOWN,
                        (char) 0, head, MentionRule.DOCUMENT_OWNER);
            }
        }
        return null;
    }
}
