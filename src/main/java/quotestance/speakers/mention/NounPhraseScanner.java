package quotestance.speakers.mention;

import static quotestance.speakers.mention.MentionWords.INSTITUTION_NAME_WORDS;
import static quotestance.speakers.mention.MentionWords.PHRASE_DETERMINERS;
import static quotestance.speakers.mention.MentionWords.SENTENCE_WORDS;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * Where a speaker's noun phrase starts or ends, from capitalisation, titles, role and institution nouns and the
 * words that join a name's parts ("Chief of Staff of Iran's Armed Forces Maj. Gen. Mohammad Bagheri", "a senior
 * military official"). Looks at most at the sentence it is given.
 */
public final class NounPhraseScanner {
    private static final Lexicons LEX = Lexicons.get();
    private static final Set<String> NAME_CONNECTORS = WordLists.load("mentions/name-connectors");
    private static final Set<String> ROLE_MODIFIERS = WordLists.load("mentions/role-modifiers");
    private static final Set<String> FUNCTION_CONNECTORS = WordLists.load("mentions/function-connectors");
    private static final Set<String> MODIFIED_NOUN_DETERMINERS = WordLists.load("mentions/modified-noun-determiners");
    private static final Set<String> PLACE_PREPOSITIONS = WordLists.load("mentions/place-prepositions");
    /** Name particles: al-Araji, bin Saud, ibn Khaldun. */
    static final Set<String> NAME_PARTICLES = WordLists.load("mentions/name-particles");

    private NounPhraseScanner() {
    }

    /**
     * Where the noun phrase that ends at token {@code j} starts: its first token; {@code -2 - s} when the phrase is
     * where a person works and the person's phrase starts at {@code s} ("Kent Moore at the University of Toronto");
     * -1 when no noun phrase ends there. {@link #start} and {@link #isWorkplace} read the answer.
     */
    static int scanLeft(TokenText t, int j) {
        int s = -1;
        int glued = -1; // the right end of a word the tokenizer cut ("Jong" "-" "un"), waiting for its first piece
        for (int k = j; k >= 0; k--) {
            String w = t.lower(k);
            if (k > 0 && t.start(k) == t.end(k - 1) && (Character.isLetter(w.charAt(0)) || w.equals("-"))
                    && Character.isLetterOrDigit(t.lower(k - 1).charAt(t.lower(k - 1).length() - 1)) | w.equals("-")) {
                if (glued < 0) glued = k;
                continue;
            }
            if (glued >= 0) { // the first piece decides for the whole word
                if (!t.isCapitalized(k)) break;
                glued = -1;
                s = k;
                continue;
            }
            if (w.equals(".") && k > 0 && s >= 0 && t.start(k) == t.end(k - 1) && LEX.isTitle(t.lower(k - 1))) {
                s = k; // "Gen." cut in two by the tokenizer
                continue;
            }
            if (t.isQuoteMark(k) || !t.isWord(k) && !w.equals("&") && !w.equals("-")) break;
            if (w.equals("-") && Boundaries.spaced(t, k)) break; // "BEIRUT - Hezbollah": a dash, not a hyphen in a name
            if (PHRASE_DETERMINERS.contains(w)) {
                if (s >= 0) s = k;
                break;
            }
            if (t.isCapitalized(k)) {
                if (SENTENCE_WORDS.contains(w)) break;
                s = k;
                continue;
            }
            if (Character.isDigit(t.word(k).charAt(0)) && s >= 0) { // "Retail Union Local 4409 president"
                s = k;
                continue;
            }
            if (NAME_CONNECTORS.contains(w) || orgConnector(t, k)) {
                if (s < 0 || k == 0 || !(t.isCapitalized(k - 1) || LEX.isRole(t.lower(k - 1)) || LEX.isOrganization(t.lower(k - 1))
                        || w.equals("al") || w.equals("bin") || NAME_PARTICLES.contains(t.lower(k - 1)))) break;
                s = k;
                continue;
            }
            if (LEX.isRole(w) || LEX.isOrganization(w) || (s >= 0 && ROLE_MODIFIERS.contains(w))) {
                s = k;
                continue;
            }
            if (s >= 0 && Character.isLetter(w.charAt(0))) { // "the central bank", "a senior military official"
                int d = k;
                while (d > k - 2 && d > 0 && Character.isLetter(t.lower(d - 1).charAt(0)) && !t.isCapitalized(d - 1)
                        && !PHRASE_DETERMINERS.contains(t.lower(d - 1))) d--;
                if (d > 0 && MODIFIED_NOUN_DETERMINERS.contains(t.lower(d - 1))) {
                    s = d - 1;
                } else if (d > 0 && t.isCapitalized(d - 1) && !SENTENCE_WORDS.contains(t.lower(d - 1))
                        && (LEX.isOrganization(t.lower(j)) || t.lower(d - 1).endsWith("'s") || t.lower(d - 1).endsWith("\u2019s"))) {
                    s = d; // "Kestrel security unit", "Norsk Data's security team": the name before the modifiers
                    k = d;
                    continue;
                }
            }
            break;
        }
        if (s < 0) return -1;
        // never start with "of"; but a capitalised particle opens a name ("Abu Zeid", "Van Dyk", "Al Thani")
        while (s <= j && NAME_CONNECTORS.contains(t.lower(s)) && !(t.isCapitalized(s) && t.lower(s).length() > 1
                && !FUNCTION_CONNECTORS.contains(t.lower(s)))) s++;
        if (s > j || !hasHead(t, s, j)) return -1;
        while (s > 0 && t.end(s - 1) == t.start(s) && t.isWord(s - 1)) s--; // a word the tokenizer cut in two
        // "Kent Moore at the University of Toronto says": the speaker is the person before the preposition
        if (s >= 2 && PLACE_PREPOSITIONS.contains(t.lower(s - 1)) && t.isCapitalized(s - 2) && !namesAPerson(t, s, j)) {
            int s2 = scanLeft(t, s - 2);
            if (s2 >= 0) {
                Mention head = NounPhraseClassifier.classify(t, s2, s - 2);
                if (head.kind() == Mention.Kind.NAME && head.type() == SpeakerType.PERSON) return -2 - s2;
            }
        }
        return s;
    }

    /** The first token of the phrase {@link #scanLeft} found, the person's where it found a workplace; -1 for none. */
    static int start(int scan) {
        return scan <= -2 ? -2 - scan : scan;
    }

    /** Whether {@link #scanLeft} found a workplace after a person. */
    static boolean isWorkplace(int scan) {
        return scan <= -2;
    }

    /** The last token of the noun phrase that starts at token {@code i}; {@code i - 1} when none starts there. */
    static int scanRight(TokenText t, int i) {
        int e = i - 1;
        boolean seenHead = false;
        for (int k = i; k < t.size(); k++) {
            String w = t.lower(k);
            if (w.equals(".") && k > i && t.start(k) == t.end(k - 1) && LEX.isTitle(t.lower(k - 1))) {
                e = k; // "Sen." cut in two by the tokenizer
                continue;
            }
            if (t.isQuoteMark(k) || !t.isWord(k) && !w.equals("&") && !w.equals("-")) break;
            if (PHRASE_DETERMINERS.contains(w)) {
                if (k != i) break;
                e = k;
                continue;
            }
            if (t.isCapitalized(k)) {
                if (SENTENCE_WORDS.contains(w) && k == i) break;
                e = k;
                seenHead = true;
                continue;
            }
            if (Character.isDigit(t.word(k).charAt(0)) && seenHead) {
                e = k;
                continue;
            }
            if ((NAME_CONNECTORS.contains(w) || orgConnector(t, k)) && seenHead && k + 1 < t.size()
                    && (t.isCapitalized(k + 1) || PHRASE_DETERMINERS.contains(t.lower(k + 1)))) {
                e = k;
                continue;
            }
            if (LEX.isRole(w) || LEX.isOrganization(w)) {
                e = k;
                seenHead = true;
                continue;
            }
            if (ROLE_MODIFIERS.contains(w) && !seenHead) {
                e = k;
                continue;
            }
            if (!seenHead && k > i && Character.isLetter(w.charAt(0))) { // "a collision expert", "the winter railroading report"
                int h = k;
                while (h < t.size() && h < k + 3 && Character.isLetter(t.lower(h).charAt(0)) && !t.isCapitalized(h)
                        && !(LEX.isRole(t.lower(h)) || LEX.isOrganization(t.lower(h)))) h++;
                if (h < t.size() && h < k + 3 && (LEX.isRole(t.lower(h)) || LEX.isOrganization(t.lower(h)))) {
                    e = h;
                    k = h;
                    seenHead = true;
                    continue;
                }
            }
            break;
        }
        while (e >= i && (NAME_CONNECTORS.contains(t.lower(e)) || PHRASE_DETERMINERS.contains(t.lower(e))
                || ROLE_MODIFIERS.contains(t.lower(e)) && !t.isCapitalized(e))) e--;
        return e >= i && hasHead(t, i, e) ? e : i - 1;
    }

    /** The token after the noun phrase (or pronoun) that starts at {@code from}; {@code from} when none starts there. */
    public static int skip(TokenText t, int from) {
        if (from < t.size() && MentionWords.SUBJECT_PRONOUNS.contains(t.lower(from))) return from + 1;
        int e = scanRight(t, from);
        return e < from ? from : e + 1;
    }

    /** "Kent Moore at the University of Toronto": the words from {@code head} up to the place's preposition. */
    static Mention personBeforePlace(TokenText t, int head, int to) {
        int headEnd = head;
        while (headEnd + 1 <= to && !PLACE_PREPOSITIONS.contains(t.lower(headEnd + 1))) headEnd++;
        return NounPhraseClassifier.classify(t, head, headEnd);
    }

    /** "on" inside an institution's name: "the Institute on Aging", "the Commission on Human Rights". */
    static boolean orgConnector(TokenText t, int k) {
        return t.is(k, "on") && k > 0 && k + 1 < t.size() && t.isCapitalized(k - 1) && INSTITUTION_NAME_WORDS.contains(t.lower(k - 1))
                && t.isCapitalized(k + 1);
    }

    /** Whether the words from {@code s} to {@code e} hold a name's or a role's word, and not only joining words. */
    static boolean hasHead(TokenText t, int s, int e) {
        for (int k = s; k <= e; k++) {
            if (t.isCapitalized(k) && !PHRASE_DETERMINERS.contains(t.lower(k)) && !NAME_CONNECTORS.contains(t.lower(k))) return true;
            if (LEX.isRole(t.lower(k)) || LEX.isOrganization(t.lower(k))) return true;
        }
        return false;
    }

    /** Whether the phrase ends in a person's name: a known given name, or a name right after a title. */
    private static boolean namesAPerson(TokenText t, int s, int e) {
        Mention m = NounPhraseClassifier.classify(t, s, e);
        if (m.kind() != Mention.Kind.NAME) return false;
        if (m.gender() != 0 && m.type() != SpeakerType.ORGANIZATION
                || LEX.gender(NounPhraseClassifier.stripPossessive(t.lower(t.tokenAtOrAfter(m.name().start())))) != 0) return true;
        int n0 = t.tokenAtOrAfter(m.name().start());
        return n0 > s && (LEX.isTitle(t.lower(n0 - 1)) || t.is(n0 - 1, ".") && n0 > 1 && LEX.isTitle(t.lower(n0 - 2)));
    }
}
