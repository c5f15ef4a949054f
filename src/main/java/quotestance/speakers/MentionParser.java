package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import quotestance.model.Mention;
import quotestance.model.Span;
import quotestance.speakers.mention.Boundaries;
import quotestance.speakers.mention.MentionSieve;
import quotestance.speakers.mention.MentionWords;
import quotestance.speakers.mention.NounPhraseClassifier;
import quotestance.speakers.mention.NounPhraseScanner;
import quotestance.text.TokenText;

/**
 * Finds the speaker noun phrase next to a cue without a parser: English news names its speakers with
 * capitalised names, titles, a short list of role and institution nouns, and a few connecting words
 * ("Chief of Staff of Iran's Armed Forces Maj. Gen. Mohammad Bagheri", "a spokesman for the ministry",
 * "Hugh Hill, a doctor at the clinic,"). The entry point of the quote finder: the mention rules, and the one
 * list that orders them, are in {@link MentionSieve}. Stateless.
 */
public final class MentionParser {
    /** Words between a subject and its cue verb: "has said", "also told", "would later say". */
    public static final Set<String> AUXILIARIES = MentionWords.AUXILIARIES;
    /** Auxiliaries and forms of "be" that make a clause finite. */
    public static final Set<String> FINITE_VERBS = MentionWords.FINITE_VERBS;
    /** Capitalised words that start sentences and are never part of a speaker's name. */
    static final Set<String> SENTENCE_WORDS = MentionWords.SENTENCE_WORDS;
    /** Capitalised words that mark a name as an institution's. */
    static final Set<String> ORG_NAME_WORDS = MentionWords.INSTITUTION_NAME_WORDS;

    /** The subject before token {@code cue} ("Bagheri said", "the minister has said"), or null. */
    public Mention before(TokenText t, int cue) {
        return MentionSieve.before(t, cue);
    }

    /** The speaker after token {@code from} ("said Ayoub", "according to the ministry"), or null. */
    public Mention after(TokenText t, int from) {
        return MentionSieve.after(t, from);
    }

    /**
     * The same mention, its phrase widened to start at token {@code from} (its lower-case premodifiers); the rule
     * that read it stays its rule.
     */
    public Mention widenLeft(TokenText t, Mention m, int from) {
        List<String> titles = new ArrayList<>(m.titles());
        int m0 = t.tokenAtOrAfter(m.span().start());
        int last = m0 - 1;
        if (last > from && t.isPunct(last, ',')) last--; // "the board's engineer, Tomas Lind": the apposition's head
        if (m0 > from) {
            String title = NounPhraseClassifier.spanText(t, from, last);
            if (!titles.contains(title)) titles.add(0, title);
        }
        return new Mention(new Span(t.start(from), m.span().end()), m.name(), titles, m.kind(), m.type(), m.gender(), m.head(),
                m.rule());
    }

    /** The token after the noun phrase that starts at {@code from}; {@code from} when none starts there. */
    public int skipNounPhrase(TokenText t, int from) {
        return NounPhraseScanner.skip(t, from);
    }

    /** Splits a noun phrase into titles and a name, and guesses what it names. */
    Mention classify(TokenText t, int s, int e) {
        return NounPhraseClassifier.classify(t, s, e);
    }

    /** A full stop glued to a short capitalised word ("R-Tex.,", "Mo."): an abbreviation's, not a sentence's end. */
    public static boolean abbreviationPoint(TokenText t, int k) {
        return Boundaries.abbreviationPoint(t, k);
    }

    /** RCMP, IRCC, CNBC: an all-capital word of two letters or more names an institution, not a person. */
    static boolean isAcronym(String word) {
        return NounPhraseClassifier.isAcronym(word);
    }
}
