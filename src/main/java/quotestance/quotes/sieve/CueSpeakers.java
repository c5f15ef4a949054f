package quotestance.quotes.sieve;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * The speaker of a reported cue: the subject before it, or, for a participle or a second verb with none, the
 * issuer of a channel ("issued a statement saying"), the sentence's previous speaker or its subject.
 */
final class CueSpeakers {
    private static final Set<String> GERUND_PREPOSITIONS = WordLists.load("quotes/gerund-prepositions");
    private static final Set<String> COORDINATED_ADVERBS = WordLists.load("quotes/coordinated-adverbs");

    private CueSpeakers() {
    }

    /** Null when nobody we can name said it. */
    static Mention read(CueSite site, Mention previousSpeaker) {
        TokenText t = site.tokens();
        int i = site.index();
        Lexicons.CueWord cue = site.cue();
        Subjects subjects = site.subjects();
        Mention s = site.subject();
        boolean participle = cue.participle();
        if (participle && s != null && (s.kind() == Mention.Kind.DESCRIPTION && CuePhrases.CHANNEL_WORDS.contains(s.head())
                || CuePhrases.TIME_WORDS.contains(t.lower(t.tokenAtOrAfter(s.span().end()) - 1)))) {
            // "the ministry issued a statement saying ...", "... a notice Tuesday saying": the statement is the
            // channel and Tuesday its date; the issuer, the sentence's subject, is the speaker
            Mention issuer = subjects.sentenceSubject(t, t.tokenAtOrAfter(s.span().start()));
            s = issuer != null ? issuer : previousSpeaker != null ? previousSpeaker : s;
        }
        if (s == null && participle) {
            int p = i - 1;
            while (p > 0 && CuePhrases.TIME_WORDS.contains(t.lower(p))) p--;
            if (p > 0 && CuePhrases.CHANNEL_WORDS.contains(t.lower(p)) && !t.isCapitalized(p)) {
                // "posted a notice Tuesday saying ...": no mention names the notice, and its issuer spoke
                Mention issuer = subjects.sentenceSubject(t, p);
                if (issuer != null) s = issuer;
            }
        }
        if (s == null && participle && i > 0 && (t.isPunct(i - 1, ',') || i > 1 && t.isQuoteMark(i - 1) && t.isPunct(i - 2, ','))) {
            s = previousSpeaker != null ? previousSpeaker : subjects.sentenceSubject(t, i);
        }
        if (s == null && participle && i > 0 && GERUND_PREPOSITIONS.contains(t.lower(i - 1))) {
            // "Trump landed in hot water by saying that ...", "after saying her foot was swollen"
            s = previousSpeaker != null ? previousSpeaker : subjects.sentenceSubject(t, i - 1);
        }
        if (s == null && i > 0 && t.is(i - 1, "and") && previousSpeaker != null) s = previousSpeaker;
        if (s == null && i >= 2 && t.is(i - 1, "also") && t.is(i - 2, "and") && previousSpeaker != null) s = previousSpeaker;
        if (s == null && !participle) {
            // "The senator survived prison and says ...", "..., but in a later interview said ...": the second verb of
            // the sentence's subject
            int and = coordinatorBefore(t, i);
            if (and > 0) s = subjects.sentenceSubject(t, and);
        }
        if (s != null && !cue.speech() && s.kind() == Mention.Kind.DESCRIPTION && s.type() != SpeakerType.PERSON) {
            s = null; // "polls show", "the data found" attribute to no one we can name
        }
        return s;
    }

    /**
     * The "and" or "but" that joins the cue to an earlier verb phrase, across an adverb or a short prepositional
     * phrase ("and later said", "but in a later interview said"); -1 when there is none.
     */
    private static int coordinatorBefore(TokenText t, int i) {
        int k = i - 1;
        if (k >= 0 && COORDINATED_ADVERBS.contains(t.lower(k))) k--;
        if (k >= 0 && (t.is(k, "and") || t.is(k, "but"))) return k;
        for (int p = i - 2; p >= Math.max(1, i - 6); p--) { // "and in a later interview said"
            if (!t.isWord(p)) return -1;
            if (Subjects.PHRASE_PREPOSITIONS.contains(t.lower(p))) return t.is(p - 1, "and") || t.is(p - 1, "but") ? p - 1 : -1;
        }
        return -1;
    }
}
