package quotestance.speakers.mention;

import static quotestance.speakers.mention.MentionWords.INSTITUTION_NAME_WORDS;
import static quotestance.speakers.mention.MentionWords.PHRASE_DETERMINERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * Reads a noun phrase whose bounds are known as titles and a name, and guesses what it names: a person, an
 * institution, or a description with no name ("Maj. Gen. Mohammad Bagheri", "the Bank of England", "a spokesman
 * for the ministry").
 */
public final class NounPhraseClassifier {
    private static final Lexicons LEX = Lexicons.get();
    /** Words that stay inside a name in lower case besides the particles: "Charles de Gaulle". */
    private static final Set<String> NAME_INNER_WORDS = WordLists.load("mentions/name-inner-words");
    private static final Set<String> WORKPLACE_PREPOSITIONS = WordLists.load("mentions/workplace-prepositions");
    private static final Set<String> INSTITUTION_NAME_PREPOSITIONS = WordLists.load("mentions/institution-name-prepositions");
    private static final Set<String> ROLE_OBJECT_PREPOSITIONS = WordLists.load("mentions/role-object-prepositions");
    /** Words that are titles before a name ("National Security Adviser") but adjectives in an institution's. */
    private static final Set<String> INSTITUTION_ADJECTIVES = WordLists.load("mentions/institution-adjectives");
    private static final Set<String> FEMALE_ROLE_NOUNS = WordLists.load("mentions/female-role-nouns");
    private static final Set<String> MALE_ROLE_NOUNS = WordLists.load("mentions/male-role-nouns");
    private static final Set<String> FEMALE_TITLE_WORDS = WordLists.load("mentions/female-title-words");
    private static final Set<String> MALE_TITLE_WORDS = WordLists.load("mentions/male-title-words");

    private NounPhraseClassifier() {
    }

    /** Splits the noun phrase of tokens {@code s..e} into titles and a name, and guesses what it names. */
    public static Mention classify(TokenText t, int s, int e) {
        Span whole = new Span(t.start(s), t.end(e));
        // the name: the run of capitalised non-title words at the right end
        int ne = e;
        int ns = -1;
        for (int k = e; k >= s; k--) {
            String w = t.lower(k);
            boolean particle = (NounPhraseScanner.NAME_PARTICLES.contains(w) || NAME_INNER_WORDS.contains(w)
                    || w.startsWith("al-") || w.startsWith("el-")) && ns >= 0;
            if (w.equals(".") && ns < 0) continue; // "Mr." cut in two: the stop belongs to the title
            if ((t.isCapitalized(k) && !LEX.isTitle(w) && !PHRASE_DETERMINERS.contains(w)) || particle) {
                ns = k;
                continue;
            }
            break;
        }
        for (int k = s + 1; k < ns && ns >= 0; k++) {
            if (WORKPLACE_PREPOSITIONS.contains(t.lower(k)) && t.isCapitalized(k - 1)
                    && !(t.is(k, "of") && INSTITUTION_NAME_WORDS.contains(t.lower(k - 1))) // "the Roman Catholic Diocese of Kenton"
                    && (LEX.gender(stripPossessive(t.lower(firstCapital(t, s, k - 1)))) != 0
                    || twoWordName(t, firstCapital(t, s, k - 1), k - 1) && namesInstitution(t, k + 1, e))) {
                e = k - 1; // the institution after the preposition is where the person works
                ne = e;
                ns = firstCapital(t, s, e);
                while (ns > s && t.isCapitalized(ns - 1) && !LEX.isTitle(t.lower(ns - 1))) ns--;
                whole = new Span(t.start(s), t.end(e));
                break;
            }
        }
        // "the State Department", "the White House", "the National Security Council": an institution's name
        // keeps the capitalised words that elsewhere are titles
        if (t.isCapitalized(e) && INSTITUTION_NAME_WORDS.contains(t.lower(e))) {
            int k = e;
            while (k > s && t.isCapitalized(k - 1) && !PHRASE_DETERMINERS.contains(t.lower(k - 1))) k--;
            ns = k;
            ne = e;
        }
        // "the Bank of England", "the Organization of American States", "the National Institute on Drug Abuse": the
        // institution word and its "of", "on" or "for" belong to the name, which is not England's nor the American States'
        while (ns >= 0 && ns - 2 >= s && INSTITUTION_NAME_PREPOSITIONS.contains(t.lower(ns - 1))
                && t.isCapitalized(ns - 2) && INSTITUTION_NAME_WORDS.contains(t.lower(ns - 2))) {
            int k = ns - 2;
            while (k > s && t.isCapitalized(k - 1) && !PHRASE_DETERMINERS.contains(t.lower(k - 1))
                    && (!LEX.isTitle(t.lower(k - 1)) || INSTITUTION_ADJECTIVES.contains(t.lower(k - 1)))) k--;
            ns = k;
        }
        String head = headNoun(t, s, e);
        if (ns >= 0 && ns > s) {
            for (int k = s; k < ns; k++) { // a role before "for", "of", "at", "with": the role holder spoke
                if ((LEX.isRole(t.lower(k)) || LEX.isTitle(t.lower(k))) && !t.isCapitalized(k) && k + 1 < ns + 1
                        && ROLE_OBJECT_PREPOSITIONS.contains(t.lower(k + 1))) {
                    ns = -1;
                    head = t.lower(k);
                    break;
                }
            }
        }
        if (ns < 0) {
            SpeakerType type = LEX.isOrganization(head) ? SpeakerType.ORGANIZATION
                    : LEX.isRole(head) ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
            return new Mention(whole, null, List.of(spanText(t, s, e)), Mention.Kind.DESCRIPTION, type, genderOfRole(head), head);
        }
        List<String> titles = new ArrayList<>();
        if (ns > s) {
            int ts = s;
            while (ts < ns && PHRASE_DETERMINERS.contains(t.lower(ts))) ts++;
            if (ts < ns) titles.add(spanText(t, ts, ns - 1));
        }
        boolean orgWords = namesInstitution(t, ns, ne);
        boolean personName = LEX.gender(stripPossessive(t.lower(ns))) != 0 || ns > s && LEX.isTitle(t.lower(ns - 1))
                || ns > s + 1 && t.is(ns - 1, ".") && LEX.isTitle(t.lower(ns - 2))
                // "Hamas official Osama Hamdan", "Hezbollah leader Hassan Nasrallah": a role in lower case, then the name
                || ns > s && !t.isCapitalized(ns - 1) && LEX.isRole(t.lower(ns - 1)) && !LEX.isOrganization(t.lower(ns - 1));
        for (int k = s; k < ns && !personName; k++) { // "the University of Toronto": the institution word before the name
            if (t.isCapitalized(k) && INSTITUTION_NAME_WORDS.contains(t.lower(k))) orgWords = true;
        }
        if (ns == ne && ns == 0 && (LEX.isRole(t.lower(ns)) || LEX.isOrganization(t.lower(ns)))) { // "Analysts said"
            return new Mention(whole, null, List.of(spanText(t, s, e)), Mention.Kind.DESCRIPTION,
                    LEX.isOrganization(t.lower(ns)) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON, (char) 0, t.lower(ns));
        }
        char gender = LEX.gender(stripPossessive(t.lower(ns)));
        if (gender == 0) {
            for (String title : titles) gender = gender != 0 ? gender : genderOfTitle(title);
        }
        SpeakerType type = orgWords ? SpeakerType.ORGANIZATION
                : (gender != 0 || ne > ns || !titles.isEmpty()) ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
        if (type == SpeakerType.PERSON && PHRASE_DETERMINERS.contains(t.lower(s)) && titles.isEmpty()) type = SpeakerType.ORGANIZATION;
        return new Mention(whole, new Span(t.start(ns), t.end(ne)), titles, Mention.Kind.NAME, type, gender, head);
    }

    /** RCMP, IRCC, CNBC: an all-capital word of two letters or more names an institution, not a person. */
    public static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2 && !word.contains(".");
    }

    /** The words of tokens {@code s..e} as written, a space where the text has one. */
    public static String spanText(TokenText t, int s, int e) {
        StringBuilder sb = new StringBuilder();
        for (int k = s; k <= e; k++) {
            if (k > s && t.start(k) > t.end(k - 1)) sb.append(' ');
            sb.append(t.word(k));
        }
        return sb.toString();
    }

    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) return w.substring(0, w.length() - 2);
        if (w.endsWith("'")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** "Jingyi Pan" in "Jingyi Pan of IG": two capitalised words that are neither a title nor an institution's. */
    private static boolean twoWordName(TokenText t, int a, int b) {
        if (b - a != 1) return false;
        for (int k = a; k <= b; k++) {
            String w = t.lower(k);
            if (!t.isCapitalized(k) || LEX.isTitle(w) || LEX.isOrganization(w) || INSTITUTION_NAME_WORDS.contains(w)
                    || isAcronym(t.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens a..b name an institution: an acronym or an institution word among them. */
    private static boolean namesInstitution(TokenText t, int a, int b) {
        for (int k = a; k <= b; k++) {
            String w = t.lower(k);
            if (isAcronym(t.word(k)) || INSTITUTION_NAME_WORDS.contains(w) || LEX.isOrganization(w)) return true;
        }
        return false;
    }

    private static int firstCapital(TokenText t, int s, int e) {
        int k = e;
        while (k > s && t.isCapitalized(k - 1) && !PHRASE_DETERMINERS.contains(t.lower(k - 1))) k--;
        while (k < e && (PHRASE_DETERMINERS.contains(t.lower(k)) || !t.isCapitalized(k))) k++;
        return k;
    }

    private static String headNoun(TokenText t, int s, int e) {
        for (int k = e; k >= s; k--) {
            String w = stripPossessive(t.lower(k));
            if (LEX.isRole(w) || LEX.isOrganization(w)) return w;
        }
        return stripPossessive(t.lower(e));
    }

    private static char genderOfRole(String head) {
        return FEMALE_ROLE_NOUNS.contains(head) ? 'f' : MALE_ROLE_NOUNS.contains(head) ? 'm' : 0;
    }

    private static char genderOfTitle(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (String w : lower.split("[\\s.]+")) {
            if (FEMALE_TITLE_WORDS.contains(w)) return 'f';
            if (MALE_TITLE_WORDS.contains(w)) return 'm';
        }
        return 0;
    }
}
