package quotestance.quotes.sieve;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Span;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * What stands between a cue and its clause: a particle, a listener or object, a phrase of time, channel or
 * place ("told Reuters in an interview on Tuesday that ..."), and the cue's own span and lemma.
 */
final class CuePhrases {
    static final Set<String> TIME_WORDS = WordLists.load("quotes/time-words");
    static final Set<String> CHANNEL_WORDS = WordLists.load("quotes/channel-words");
    private static final Set<String> ONE_WORD_LISTENERS = WordLists.load("quotes/one-word-listeners");
    private static final Set<String> CUE_ADVERBS = WordLists.load("quotes/cue-adverbs");
    private static final Set<String> LISTENER_BREAKS = WordLists.load("quotes/listener-breaks");
    private static final Set<String> CALL_PARTICLES = WordLists.load("quotes/call-particles");
    private static final Set<String> CHANNEL_PREPOSITIONS = WordLists.load("quotes/channel-prepositions");
    private static final Set<String> CHANNEL_DETERMINERS = WordLists.load("quotes/channel-determiners");

    private final MentionParser mentions;
    private final Lexicons lex = Lexicons.get();

    CuePhrases(MentionParser mentions) {
        this.mentions = mentions;
    }

    /** The cue's span: one token, or "according to". */
    static Span cueSpan(TokenText t, int i) {
        if (t.is(i, "according") && t.is(i + 1, "to")) return new Span(t.start(i), t.end(i + 1));
        return new Span(t.start(i), t.end(i));
    }

    static String cueLemma(TokenText t, int i) {
        if (t.is(i, "according")) return Lexicons.CueWord.SOURCE.lemma();
        Lexicons.CueWord c = Lexicons.get().cue(t.lower(i));
        return c == null ? t.lower(i) : c.lemma();
    }

    /**
     * Where the reported clause starts after the cue at {@code i}: past its particle, its object and a time or
     * channel phrase ("told Reuters in an interview on Tuesday that ..."); -1 when the cue needs a particle it lacks.
     */
    int afterCueStart(TokenText t, int i, Lexicons.CueWord cw) {
        String lemma = cw.lemma();
        int k = i + 1;
        switch (lemma) {
            case "point out" -> {
                if (!t.is(k, "out")) return -1;
                k++;
            }
            case "go on" -> {
                if (!t.is(k, "on")) return -1;
                k++;
                if (t.is(k, "to")) {
                    if (lex.cue(t.lower(k + 1)) == null) return -1; // "went on to win": not speech
                    k += 2;
                }
            }
            case "call" -> {
                if (k >= t.size() || !CALL_PARTICLES.contains(t.lower(k))) return -1;
                k++;
            }
            default -> {
            }
        }
        if (cw.takesObject() && k < t.size() && !lemma.equals("call")) {
            if (ONE_WORD_LISTENERS.contains(t.lower(k))) k++;
            else if (!t.is(k, "that")) {
                int listener = lemma.equals("tell") ? afterListener(t, k) : k;
                k = listener != k ? listener : mentions.skipNounPhrase(t, k);
            }
        }
        while (k < t.size()) {
            String w = t.lower(k);
            int channelEnd = channelPhraseEnd(t, k);
            if (channelEnd > k) {
                k = channelEnd; // "in a statement", "on X", "to the Senate": where or how it was said
            } else if (TIME_WORDS.contains(w) || CUE_ADVERBS.contains(w)) {
                k++; // "said Tuesday", "states, however, that", "said again that"
                if (CUE_ADVERBS.contains(w) && k < t.size() && t.isPunct(k, ',') && k + 1 < t.size() && t.is(k + 1, "that")) k++;
            } else {
                break;
            }
        }
        if (k < t.size() && t.isPunct(k, ',') && !(k + 1 < t.size() && t.isQuoteMark(k + 1))) k++;
        if (k + 1 < t.size() && CUE_ADVERBS.contains(t.lower(k)) && t.isPunct(k + 1, ',')) k += 2; // "said, however, that"
        return k;
    }

    /**
     * After "told", the listener no lexicon names ("told police", "told the jury", "told state media"): up to
     * two lower-case words, and a determiner before them, when a clause's first word follows; {@code k} otherwise.
     */
    private static int afterListener(TokenText t, int k) {
        int j = t.is(k, "the") ? k + 1 : k;
        int words = 0;
        while (j < t.size() && words < 2 && t.isWord(j) && !t.isCapitalized(j) && !t.is(j, "that")
                && !Clauses.CLAUSE_LEADS.contains(t.lower(j))) {
            if (LISTENER_BREAKS.contains(t.lower(j))) return k; // "told stories about the war": a thing, not a listener
            j++;
            words++;
        }
        if (words == 0 || j >= t.size()) return k;
        boolean clauseFollows = t.is(j, "that") || Clauses.CLAUSE_LEADS.contains(t.lower(j)) || t.isCapitalized(j);
        return clauseFollows ? j : k;
    }

    /**
     * The token after a phrase of channel or place that starts with a preposition at {@code k} ("in a statement",
     * "on X", "on Twitter", "to the Senate"); {@code k} when there is none. "on" is tried here before it is read as
     * a time word ("on Tuesday" is a capitalised word too, and skipping it is as right).
     */
    private static int channelPhraseEnd(TokenText t, int k) {
        String w = t.lower(k);
        if (w.equals("by") && k > 0 && t.is(k - 1, "saying")) { // "quoted as saying by local media that"
            int j = k + 1;
            while (j < t.size() && j < k + 5 && t.isWord(j) && !t.is(j, "that")) j++;
            return j < t.size() && t.is(j, "that") ? j : k;
        }
        if (!CHANNEL_PREPOSITIONS.contains(w) || k + 1 >= t.size()) return k;
        // "vowing to press ahead", "to report back": "to" and a bare channel word is an infinitive
        if (w.equals("to") && CHANNEL_WORDS.contains(t.lower(k + 1))) return k;
        int j = k + 1;
        while (j < t.size() && j < k + 6 && (CHANNEL_WORDS.contains(t.lower(j)) || CHANNEL_DETERMINERS.contains(t.lower(j))
                || t.isCapitalized(j))) j++;
        if (j == k + 1 || !(CHANNEL_WORDS.contains(t.lower(j - 1)) || t.isCapitalized(j - 1))) return k;
        return j;
    }
}
