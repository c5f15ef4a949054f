package quotestance.speakers;

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
 * Finds the speaker noun phrase next to a cue without a parser: English news names its speakers with
 * capitalised names, titles, a short list of role and institution nouns, and a few connecting words
 * ("Chief of Staff of Iran's Armed Forces Maj. Gen. Mohammad Bagheri", "a spokesman for the ministry",
 * "Hugh Hill, a doctor at the clinic,"). Stateless.
 */
public final class MentionParser {
    static final Set<String> SUBJECT_PRONOUNS = WordLists.load("mentions/subject-pronouns");
    private static final Set<String> PHRASE_DETERMINERS = WordLists.load("mentions/phrase-determiners");
    private static final Set<String> NAME_CONNECTORS = WordLists.load("mentions/name-connectors");
    private static final Set<String> ROLE_MODIFIERS = WordLists.load("mentions/role-modifiers");
    /** Capitalised words that start sentences and are never part of a speaker's name. */
    static final Set<String> SENTENCE_WORDS = WordLists.load("mentions/sentence-words");
    /** Words between a subject and its cue verb: "has said", "also told", "would later say". */
    public static final Set<String> AUXILIARIES = WordLists.load("mentions/auxiliaries");

    private final Lexicons lex = Lexicons.get();

    /** The subject before token {@code cue} ("Bagheri said", "the minister has said"), or null. */
    private static final int MAX_PARENTHETICAL_TOKENS = 6;

    public Mention before(TokenText t, int cue) {
        return before(t, cue, MAX_ASIDES);
    }

    /** Asides skipped between a speaker and the cue, at most: each costs a look-back, and text may hold thousands. */
    private static final int MAX_ASIDES = 2;

    private Mention before(TokenText t, int cue, int asidesLeft) {
        int familiar = knowingPhraseStart(t, cue);
        if (familiar > 0) { // "sources familiar with the talks told", "people briefed on the matter said"
            Mention who = nearestBefore(t, familiar, asidesLeft);
            if (who != null) return who.withSpan(new Span(who.span().start(), t.end(cue - 1)));
            if (t.is(familiar - 1, "those") || t.is(familiar - 1, "people")) { // "Those close to the mayor say"
                return new Mention(new Span(t.start(familiar - 1), t.end(cue - 1)), null, List.of(), Mention.Kind.DESCRIPTION,
                        SpeakerType.UNKNOWN, (char) 0, t.lower(familiar - 1));
            }
        }
        Mention m = nearestBefore(t, cue, asidesLeft);
        if (m == null) return roleHolderOfSomething(t, cue, asidesLeft);
        int m0 = t.tokenAtOrAfter(m.span().start());
        if (m0 >= 2 && ROLE_PREPOSITIONS.contains(t.lower(m0 - 1)) && !t.isCapitalized(m0 - 2)
                && (m.type() != SpeakerType.PERSON || m.kind() == Mention.Kind.DESCRIPTION)) {
            // "the former chairman of the Regional Assembly said", "an inspector with the agency told": the holder of
            // the role spoke, not the institution
            Mention holder = nearestBefore(t, m0 - 1, asidesLeft);
            if (holder != null && holder.kind() == Mention.Kind.DESCRIPTION && holder.type() == SpeakerType.PERSON) {
                return holder.withSpan(new Span(holder.span().start(), m.span().end()));
            }
        }
        if (m.kind() != Mention.Kind.NAME || m.name() == null) return m;
        // "the health ministry in Gaza said", "officials in Tehran say", "a spokesman at the embassy said": the name
        // is where they are; who spoke is the phrase before the preposition
        int n0 = t.tokenAtOrAfter(m.name().start());
        if (n0 >= 2 && t.is(n0 - 1, "of") && t.isCapitalized(n0 - 2)) {
            // "Sen. Chuck Schumer of New York said": a person of a place; but "the Bank of England" stays whole
            Mention person = nearestBefore(t, n0 - 1, asidesLeft);
            if (person != null && person.kind() == Mention.Kind.NAME && person.type() == SpeakerType.PERSON) {
                return person.withSpan(new Span(person.span().start(), m.span().end()));
            }
        }
        if (n0 >= 2 && (t.is(n0 - 1, "in") || t.is(n0 - 1, "at")) && t.isWord(n0 - 2)) {
            Mention speaker = nearestBefore(t, n0 - 1, asidesLeft);
            // the mention as written keeps its place; the speaker is the phrase before it
            if (speaker != null) return speaker.withSpan(new Span(speaker.span().start(), m.span().end()));
        }
        return m;
    }

    private Mention nearestBefore(TokenText t, int cue, int asidesLeft) {
        int j = cue - 1;
        while (j >= 0 && AUXILIARIES.contains(t.lower(j))) j--;
        // "Trump on Tuesday said", "the ministry late Friday said", "Reyes on Thursday evening said"
        int timeStart = j;
        while (timeStart >= 1 && j - timeStart < 2 && TIME_NOUNS.contains(t.lower(timeStart)) && TIME_NOUNS.contains(t.lower(timeStart - 1))) timeStart--;
        if (timeStart >= 1 && TIME_NOUNS.contains(t.lower(timeStart)) && TIME_LEADS.contains(t.lower(timeStart - 1))) {
            j = timeStart - 2;
            if (j >= 0 && t.is(j, "late") || j >= 0 && t.is(j, "early")) j--;
            while (j >= 0 && AUXILIARIES.contains(t.lower(j))) j--;
        }
        if (j < 0) return null;
        j = beforeParenthetical(t, j);
        if (j < 0) return null;
        if (t.is(j, "who") && j > 0) { // "Bortis, who noted": the relative pronoun stands for the phrase before it
            int k = t.isPunct(j - 1, ',') ? j - 2 : j - 1;
            if (k >= 0 && !SUBJECT_PRONOUNS.contains(t.lower(k))) {
                int s = scanLeft(t, k);
                if (s <= -2) s = -2 - s;
                if (s >= 0) {
                    Mention antecedent = classify(t, s, k);
                    if (antecedent.kind() != Mention.Kind.NAME) return antecedent;
                    // the mention stays as written ("who"); the name it stands for comes from the antecedent
                    return new Mention(new Span(t.start(j), t.end(j)), antecedent.name(), antecedent.titles(),
                            Mention.Kind.NAME, antecedent.type(), antecedent.gender(), antecedent.head());
                }
                int d = describedBy(t, k);
                if (d >= 0) { // "some traders, who said ...": a description no lexicon lists, named by its determiner
                    return new Mention(new Span(t.start(d), t.end(k)), null, List.of(), Mention.Kind.DESCRIPTION,
                            SpeakerType.UNKNOWN, (char) 0, t.lower(k));
                }
            }
        }
        if (SUBJECT_PRONOUNS.contains(t.lower(j))) return pronoun(t, j);
        String contracted = contractedPronoun(t.lower(j));
        if (contracted != null) return pronoun(t, j, contracted); // "I'm hoping that ..."
        if (QUANTIFIERS.contains(t.lower(j)) && (j == 0 || !t.isWord(j - 1) || t.is(j - 1, "and") || t.is(j - 1, "but"))) {
            return new Mention(new Span(t.start(j), t.end(j)), null, List.of(), Mention.Kind.DESCRIPTION,
                    SpeakerType.UNKNOWN, (char) 0, t.lower(j)); // "Some suggested that ..."
        }
        if (j >= 1 && t.is(j - 1, "those") && t.lower(j).endsWith("ed")) { // "All those involved say"
            int d = j >= 2 && (t.is(j - 2, "all") || t.is(j - 2, "many")) ? j - 2 : j - 1;
            return new Mention(new Span(t.start(d), t.end(j)), null, List.of(), Mention.Kind.DESCRIPTION,
                    SpeakerType.UNKNOWN, (char) 0, "those");
        }
        int aged = agedDescriptionStart(t, j);
        if (aged >= 0) { // "the 26-year-old forward said": a person described by age and role
            return new Mention(new Span(t.start(aged), t.end(j)), null, List.of(), Mention.Kind.DESCRIPTION,
                    SpeakerType.PERSON, (char) 0, t.lower(j));
        }
        int share = shareStart(t, j);
        if (share >= 0) {
            return new Mention(new Span(t.start(share), t.end(j)), null, List.of(), Mention.Kind.DESCRIPTION,
                    SpeakerType.UNKNOWN, (char) 0, "respondents"); // "Thirty percent said", "one in four say"
        }
        if (t.isPunct(j, ',') && j >= 3 && TRANSPARENT_ADVERBS.contains(t.lower(j - 1)) && t.isPunct(j - 2, ',')) {
            j -= 3; // "Experts and officials, however, said": the adverb between commas hides no apposition
            if (t.isPunct(j, ',') || !t.isWord(j)) return null;
        }
        if (t.isPunct(j, ',')) {
            // "A senior official, speaking on condition of anonymity, said", "An aide, who asked not to be named, said":
            // the phrase between the commas describes the speaking, or the speaker, and names no one
            int open = asidesLeft > 0 ? asideStart(t, j) : -1;
            if (open > 0) {
                Mention m = before(t, open, asidesLeft - 1);
                if (m != null) return m;
            }
        }
        if (t.isPunct(j, ',') || parentheticalDash(t, j)) return apposition(t, j);
        boolean plainCue = cue < t.size() && (PLAIN_SPEECH_VERBS.contains(t.lower(cue)) || t.is(cue, "say"));
        int who = asidesLeft > 0 ? restrictiveRelativeStart(t, j, plainCue) : -1;
        if (who > 0) { // "An inspector who was in the gallery told": the official spoke, not the court
            Mention m = before(t, who, asidesLeft - 1);
            if (m != null) return m;
        }
        int s = scanLeft(t, j);
        if (s <= -2) return personBeforePlace(t, -2 - s, j); // the phrase is where they work, not who spoke
        if (s >= 0) return classify(t, s, j);
        int group = pluralGroupStart(t, j);
        for (int p = j - 1; group < 0 && p >= Math.max(1, j - 4); p--) { // "Critics of the plan", "some in the party"
            if (!t.isWord(p)) break;
            if (!GROUP_PREPOSITIONS.contains(t.lower(p))) continue;
            group = QUANTIFIERS.contains(t.lower(p - 1)) && clauseOpensAt(t, p - 1) ? p - 1 : pluralGroupStart(t, p - 1);
            break;
        }
        if (group >= 0) { // "Social conservatives say", "the school's defenders said": a group, named by no one
            return new Mention(new Span(t.start(group), t.end(j)), null, List.of(), Mention.Kind.DESCRIPTION,
                    SpeakerType.UNKNOWN, (char) 0, t.lower(j));
        }
        int head = j > 0 && SENTENCE_ADVERBS.contains(t.lower(j)) ? j - 1 : j; // "the attackers now say"
        int described = cue < t.size() && (PLAIN_SPEECH_VERBS.contains(t.lower(cue)) || KNOWING_WORDS.contains(t.lower(cue)))
                ? definiteDescriptionStart(t, head) : -1;
        if (described >= 0) { // "The coast guard said", "A retired engineer says", "a person familiar with the talks said"
            return new Mention(new Span(t.start(described), t.end(head)), null, List.of(), Mention.Kind.DESCRIPTION,
                    SpeakerType.UNKNOWN, (char) 0, t.lower(head));
        }
        return null;
    }

    /** Where a determiner or quantifier opens the lower-case noun phrase that ends at {@code k} ("some traders"); -1 when none. */
    private int describedBy(TokenText t, int k) {
        String head = t.lower(k);
        if (!t.isWord(k) || t.isCapitalized(k) || head.length() < 3 || lex.cue(head) != null || FINITE_VERBS.contains(head)) return -1;
        for (int d = k - 1; d >= Math.max(0, k - 3); d--) {
            String w = t.lower(d);
            if (PHRASE_DETERMINERS.contains(w) || QUANTIFIERS.contains(w)) return d;
            if (!t.isWord(d) || lex.cue(w) != null || SUBJECT_PRONOUNS.contains(w) || FINITE_VERBS.contains(w)) return -1;
        }
        return -1;
    }

    /**
     * The token that opens a phrase of knowledge right before the cue ("familiar with the talks", "close to the
     * negotiations", "briefed on the matter", "with knowledge of the plan"); -1 when there is none.
     */
    private static int knowingPhraseStart(TokenText t, int cue) {
        for (int k = cue - 2; k >= Math.max(1, cue - 7); k--) {
            if (!t.isWord(k)) return -1;
            String w = t.lower(k);
            String next = t.lower(k + 1);
            if (KNOWING_WORDS.contains(w) && KNOWING_PHRASES.contains(w + " " + next)) return k;
        }
        return -1;
    }

    /** What opens a phrase of knowing ("a person familiar with the talks"): the description before it speaks. */
    private static final Set<String> KNOWING_WORDS = WordLists.load("mentions/knowing-words");
    private static final Set<String> KNOWING_PHRASES = WordLists.load("mentions/knowing-phrases");

    /** Forms that are verbs only, never nouns ("claim", "notes", "reports" are both): a description before them speaks. */
    private static final Set<String> PLAIN_SPEECH_VERBS = WordLists.load("mentions/plain-speech-verbs");

    /**
     * Where "the" or "a" and up to two modifiers before the lower-case noun at {@code j} open a clause ("The coast
     * guard", "the new landlord", "A veteran engineer"); -1 otherwise.
     */
    private int definiteDescriptionStart(TokenText t, int j) {
        String head = t.lower(j);
        if (!t.isWord(j) || t.isCapitalized(j) || head.length() < 3 || lex.cue(head) != null || SUBJECT_PRONOUNS.contains(head)
                || FINITE_VERBS.contains(head) || PHRASE_DETERMINERS.contains(head) || NOT_PLURAL_NOUNS.contains(head)
                || CLAUSE_OPENERS.contains(head) || head.equals("or") || head.equals("then")) return -1;
        for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
            String w = t.lower(k);
            if (DESCRIPTION_DETERMINERS.contains(w)) {
                return clauseOpensAt(t, k) ? k : -1; // "A retired engineer said", "Each side said"
            }
            if (!t.isWord(k) || lex.cue(w) != null || SUBJECT_PRONOUNS.contains(w) || CLAUSE_OPENERS.contains(w)
                    || FINITE_VERBS.contains(w) || PHRASE_DETERMINERS.contains(w)) return -1;
        }
        return -1;
    }

    /**
     * Where a plural noun phrase that ends at {@code j} and opens its clause starts ("Social conservatives",
     * "the school's defenders", "many economists"); -1 otherwise.
     */
    private int pluralGroupStart(TokenText t, int j) {
        String head = t.lower(j);
        if (head.length() < 4 || !head.endsWith("s") || head.endsWith("ss") || head.endsWith("'s") || !t.isWord(j)
                || t.isCapitalized(j) && j > 0 || NOT_PLURAL_NOUNS.contains(head) || lex.cue(head) != null) return -1;
        int k = j;
        while (k > 0 && j - k < 4) {
            String w = t.lower(k - 1);
            if (PHRASE_DETERMINERS.contains(w) || QUANTIFIERS.contains(w)) return clauseOpensAt(t, k - 1) ? k - 1 : -1;
            if (!t.isWord(k - 1) && !w.equals("'s") && !w.equals("\u2019s") || CLAUSE_OPENERS.contains(w)) break;
            if (lex.cue(w) != null || SUBJECT_PRONOUNS.contains(w) || NOT_PLURAL_NOUNS.contains(w)) return -1;
            k--;
        }
        return clauseOpensAt(t, k) ? k : -1;
    }

    /** Whether token {@code k} opens a clause: the sentence's first word, or after a comma, a quote or a conjunction. */
    private static boolean clauseOpensAt(TokenText t, int k) {
        return k == 0 || t.isPunct(k - 1, ',') || t.isQuoteMark(k - 1) || CLAUSE_OPENERS.contains(t.lower(k - 1));
    }

    private static final Set<String> DESCRIPTION_DETERMINERS = WordLists.load("mentions/description-determiners");
    private static final Set<String> GROUP_PREPOSITIONS = WordLists.load("mentions/group-prepositions");
    private static final Set<String> LEADING_CONJUNCTIONS = WordLists.load("mentions/leading-conjunctions");
    private static final Set<String> TRANSPARENT_ADVERBS = WordLists.load("mentions/transparent-adverbs");
    private static final Set<String> CLAUSE_OPENERS = WordLists.load("mentions/clause-openers");
    private static final Set<String> NOT_PLURAL_NOUNS = WordLists.load("mentions/not-plural-nouns");

    /** The speaker after token {@code from} ("said Ayoub", "according to the ministry"), or null. */
    public Mention after(TokenText t, int from) {
        int i = from;
        if (i >= t.size()) return null;
        if (SUBJECT_PRONOUNS.contains(t.lower(i)) && !t.is(i, "it")) return pronoun(t, i);
        int e = scanRight(t, i);
        Mention m = e < i ? null : classify(t, i, e);
        boolean modifierName = m != null && m.kind() == Mention.Kind.NAME && m.type() != SpeakerType.PERSON
                && e + 1 < t.size() && t.isWord(e + 1) && !t.isCapitalized(e + 1); // "Chinese foreign ministry spokeswoman Hua Chunying"
        if (m != null && m.kind() == Mention.Kind.NAME && !modifierName) return m;
        // "said oil and gas worker Mike Wipf", "said Oilers head coach Ken Hitchcock": a description in
        // lower case words before the name
        for (int k = i; k < Math.min(t.size(), i + 7); k++) {
            if (!t.isWord(k) || SUBJECT_PRONOUNS.contains(t.lower(k)) || lex.cue(t.lower(k)) != null) break;
            // "said Washington was working with Qatar": a clause, whose subject is no speaker's description
            if (FINITE_VERBS.contains(t.lower(k)) || CLAUSE_PREPOSITIONS.contains(t.lower(k))) break;
            if (t.isCapitalized(k) && !lex.isTitle(t.lower(k)) && k > i) {
                int ne = scanRight(t, k);
                if (ne < k) break;
                Mention named = classify(t, i, ne);
                if (named.kind() == Mention.Kind.NAME && (!modifierName || named.type() == SpeakerType.PERSON)) return named;
                break;
            }
        }
        return m;
    }

    private static final Set<String> CLAUSE_PREPOSITIONS = WordLists.load("mentions/clause-prepositions");

    /** The same mention, its phrase widened to start at token {@code from} (its lower-case premodifiers). */
    public Mention widenLeft(TokenText t, Mention m, int from) {
        List<String> titles = new ArrayList<>(m.titles());
        int m0 = t.tokenAtOrAfter(m.span().start());
        int last = m0 - 1;
        if (last > from && t.isPunct(last, ',')) last--; // "the board's engineer, Tomas Lind": the apposition's head
        if (m0 > from) {
            String title = spanText(t, from, last);
            if (!titles.contains(title)) titles.add(0, title);
        }
        return new Mention(new Span(t.start(from), m.span().end()), m.name(), titles, m.kind(), m.type(), m.gender(), m.head());
    }

    /** The token after the noun phrase that starts at {@code from}; {@code from} when none starts there. */
    public int skipNounPhrase(TokenText t, int from) {
        if (from < t.size() && SUBJECT_PRONOUNS.contains(t.lower(from))) return from + 1;
        int e = scanRight(t, from);
        return e < from ? from : e + 1;
    }

    private Mention pronoun(TokenText t, int i) {
        return pronoun(t, i, t.lower(i));
    }

    /** The pronoun of a contraction the tokenizer kept whole ("I'm", "we're", "she's"), or null. */
    private static String contractedPronoun(String lower) {
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        if (apostrophe <= 0) return null;
        String head = lower.substring(0, apostrophe);
        return SUBJECT_PRONOUNS.contains(head) && !head.equals("who") ? head : null;
    }

    private Mention pronoun(TokenText t, int i, String p) {
        char gender = p.equals("he") ? 'm' : p.equals("she") ? 'f' : 0;
        SpeakerType type = p.equals("it") ? SpeakerType.ORGANIZATION : SpeakerType.UNKNOWN;
        return new Mention(new Span(t.start(i), t.end(i)), null, List.of(), Mention.Kind.PRONOUN, type, gender, p);
    }

    /**
     * "Hugh Hill, a doctor at the clinic, said", "the clinic's doctor, Hugh Hill, said", "Debbie Stabenow,
     * D-Mich., a member of the team, said": the segments between commas before the cue, nearest first; the
     * speaker is the leftmost noun phrase that names a person, else the one before the first comma.
     */
    private Mention apposition(TokenText t, int comma) {
        List<int[]> segments = new ArrayList<>(); // [from, to] of the text between commas, nearest first
        // dashes set off phrases only in a chain that ends in one; elsewhere they may enclose a list's aside
        boolean dashes = parentheticalDash(t, comma);
        int right = comma;
        for (int n = 0; n < 3; n++) {
            int open = -1;
            for (int k = right - 1; k >= Math.max(0, right - 16); k--) {
                if (t.isPunct(k, ')')) { // "Sen. Ann Poe (R., S.C.), a member ...": a comma inside brackets splits nothing
                    int bracket = k - 1;
                    while (bracket >= Math.max(0, k - MAX_PARENTHETICAL_TOKENS - 2) && !t.isPunct(bracket, '(') && !t.isPunct(bracket, ')')) bracket--;
                    if (bracket >= 0 && t.isPunct(bracket, '(')) {
                        k = bracket;
                        continue;
                    }
                }
                if (t.isPunct(k, ',') || dashes && parentheticalDash(t, k) || t.isPunct(k, ':')) {
                    open = k;
                    break;
                }
                if (t.isQuoteMark(k) && !possessiveApostrophe(t, k) || t.isPunct(k, '.') && !abbreviationPoint(t, k)
                        || t.isPunct(k, ';')) {
                    open = -2;
                    break;
                }
            }
            int from = open < 0 ? 0 : open + 1;
            if (isClause(t, from, right - 1)) break; // "Somehow, the family will manage, said X": no apposition
            if (open >= 0 && t.isPunct(open, ':')) { // "On turnout: Sanders, whose ..., said": the chain starts after the colon
                if (open + 1 <= right - 1) segments.add(new int[] {open + 1, right - 1});
                break;
            }
            if (open < 0) {
                int start = 0;
                while (start < right - 1 && LEADING_CONJUNCTIONS.contains(t.lower(start))) start++; // "And Sen. Rob Portman, ..."
                // "WASHINGTON — House Speaker Mike Johnson, R-La., said": the dateline is not part of the name
                for (int d = start; d < right - 1; d++) {
                    if (t.word(d).equals("\u2014") || t.word(d).equals("--") || t.isPunct(d, '-') && spaced(t, d)) start = d + 1;
                }
                if (open == -1 && right - 1 >= 0 && right - Math.max(0, right - 16) < 16) segments.add(new int[] {start, right - 1});
                break;
            }
            segments.add(new int[] {open + 1, right - 1});
            right = open;
        }
        if (segments.isEmpty()) return null;
        // the noun phrase that ends at the leftmost comma is the head of the apposition chain
        Mention outer = null;
        int leftComma = segments.get(segments.size() - 1)[0] - 1;
        // the chain's own comma or dash: not a dateline's ("RIYADH — Saudi Arabia ..., calling")
        if (leftComma > 0 && (t.isPunct(leftComma, ',') || dashes && parentheticalDash(t, leftComma))) {
            int s = scanLeft(t, leftComma - 1);
            if (s <= -2) s = -2 - s;
            if (s >= 0) outer = classify(t, s, leftComma - 1);
        }
        Mention bestInner = null;
        Mention leftmost = null; // "Forbes, however, says": failing a person, the phrase that opens the chain
        for (int k = segments.size() - 1; k >= 0; k--) {
            int[] seg = segments.get(k);
            Mention m = nameInside(t, seg[0], seg[1]);
            if (m != null && leftmost == null) leftmost = m;
            boolean personLike = m != null && m.kind() == Mention.Kind.NAME && (m.type() == SpeakerType.PERSON
                    || m.type() == SpeakerType.UNKNOWN && m.name() != null && m.titles().isEmpty()
                    && t.tokenAtOrAfter(m.name().end()) - t.tokenAtOrAfter(m.name().start()) >= 2); // "Debra Royce - his girlfriend - said"
            if (personLike) {
                bestInner = m;
                break;
            }
        }
        if (outer != null && outer.kind() == Mention.Kind.NAME && (outer.type() == SpeakerType.PERSON || bestInner == null)) return outer;
        if (bestInner != null) {
            List<String> titles = new ArrayList<>(bestInner.titles());
            if (outer != null) titles.add(0, spanText(t, t.tokenAtOrAfter(outer.span().start()), leftComma - 1));
            return new Mention(bestInner.span(), bestInner.name(), titles, bestInner.kind(), bestInner.type(),
                    bestInner.gender(), outer != null ? outer.head() : bestInner.head());
        }
        return outer != null ? outer : leftmost;
    }

    /**
     * The comma that opens an aside ending at the comma {@code close}: a phrase of an -ing participle ("speaking on
     * condition of anonymity"), a relative clause ("who asked not to be named") or of circumstance ("in a statement",
     * "on Monday"). -1 when there is none.
     */
    private static int asideStart(TokenText t, int close) {
        for (int k = close - 1; k >= Math.max(1, close - MAX_ASIDE_TOKENS); k--) {
            if (t.isQuoteMark(k) || t.isPunct(k, '.') && !abbreviationPoint(t, k) || t.isPunct(k, ';') || t.isPunct(k, ':')) return -1;
            if (!t.isPunct(k, ',')) continue;
            if (k + 1 >= close || !t.isWord(k + 1) || t.isCapitalized(k + 1)) return -1;
            String w = t.lower(k + 1);
            boolean participle = w.length() > 5 && w.endsWith("ing") && !w.equals("including") && !w.equals("according");
            boolean relative = ASIDE_RELATIVES.contains(w);
            boolean circumstance = ASIDE_PREPOSITIONS.contains(w) // "Lavrov, in comments carried by TASS, called on"
                    || ASIDE_SUBORDINATORS.contains(w); // "Vidal, when asked what was missing, replied"
            return (participle || relative || circumstance) && t.isWord(k - 1) ? k : -1;
        }
        return -1;
    }

    /**
     * "A spokeswoman for the seller said": the holder of a role, when what the role is of is a phrase no lexicon
     * names; null otherwise.
     */
    private Mention roleHolderOfSomething(TokenText t, int cue, int asidesLeft) {
        for (int p = cue - 1; p >= Math.max(1, cue - 5); p--) {
            String w = t.lower(p);
            if (!t.isWord(p) || CLAUSE_OPENERS.contains(w) || FINITE_VERBS.contains(w) || w.equals("not")
                    || w.endsWith("ing") && !ROLE_PREPOSITIONS.contains(w)) return null;
            if (!ROLE_PREPOSITIONS.contains(w)) continue;
            if (p == cue - 1 || !PHRASE_DETERMINERS.contains(t.lower(p + 1))) return null; // "for the buyer", not "for not supporting X"

            String role = t.lower(p - 1);
            if (t.isCapitalized(p - 1) || !(lex.isRole(role) || lex.isTitle(role))) return null;
            Mention holder = nearestBefore(t, p, asidesLeft);
            return holder != null && holder.kind() == Mention.Kind.DESCRIPTION && holder.type() == SpeakerType.PERSON
                    ? holder.withSpan(new Span(holder.span().start(), t.end(cue - 1))) : null;
        }
        return null;
    }

    /**
     * The "who" that opens a relative clause without commas ending at {@code j}, when the clause has a verb of its own
     * ("who was present in court", not "the man who Trump said"), or with {@code participles} the -ing word that opens
     * a reduced one ("officials investigating the crash"); -1 when there is none.
     */
    private static int restrictiveRelativeStart(TokenText t, int j, boolean participles) {
        for (int k = j - 1; k >= Math.max(1, j - MAX_RELATIVE_TOKENS); k--) {
            if (!t.isWord(k) || CLAUSE_OPENERS.contains(t.lower(k)) || t.is(k, "that") || t.is(k, "which")) return -1;
            if (participles && reducedRelative(t, k)) return k; // "The review board's decision granting his transfer said"
            if (!t.is(k, "who")) continue;
            if (!t.isWord(k - 1) || SUBJECT_PRONOUNS.contains(t.lower(k - 1))) return -1;
            if (k + 1 <= j && !t.isCapitalized(k + 1) && verbLike(t.lower(k + 1))) return k; // "who lives", "who worked"
            for (int v = k + 1; v <= j; v++) if (FINITE_VERBS.contains(t.lower(v))) return k;
            return -1;
        }
        return -1;
    }

    private static final int MAX_RELATIVE_TOKENS = 10;
    private static final Set<String> ROLE_PREPOSITIONS = WordLists.load("mentions/role-prepositions");

    /** An -ing word that opens a phrase after a noun ("officials investigating the crash", "a man living nearby"). */
    private static boolean reducedRelative(TokenText t, int k) {
        String w = t.lower(k);
        return w.length() > 5 && w.endsWith("ing") && !t.isCapitalized(k) && !NON_VERB_ING_WORDS.contains(w)
                && k > 0 && t.isWord(k - 1) && !PHRASE_DETERMINERS.contains(t.lower(k - 1)) && !SUBJECT_PRONOUNS.contains(t.lower(k - 1))
                && !FINITE_VERBS.contains(t.lower(k - 1)) && !t.lower(k - 1).endsWith("ing") && !t.is(k - 1, "not")
                && !t.lower(k - 1).endsWith("'s") && !t.lower(k - 1).endsWith("\u2019s"); // "Peru's mining"
    }

    private static final Set<String> NON_VERB_ING_WORDS = WordLists.load("mentions/non-verb-ing-words");

    private static boolean verbLike(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"));
    }

    private static final Set<String> SENTENCE_ADVERBS = WordLists.load("mentions/sentence-adverbs");
    private static final Set<String> FUNCTION_CONNECTORS = WordLists.load("mentions/function-connectors");
    private static final int MAX_ASIDE_TOKENS = 32;
    private static final Set<String> ASIDE_SUBORDINATORS = WordLists.load("mentions/aside-subordinators");
    private static final Set<String> ASIDE_PREPOSITIONS = WordLists.load("mentions/aside-prepositions");
    private static final Set<String> ASIDE_RELATIVES = WordLists.load("mentions/aside-relatives");

    /** Whether the words [from, to] hold a finite verb of their own, outside a relative clause: a clause, not a noun phrase. */
    private static boolean isClause(TokenText t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (RELATIVE_WORDS.contains(t.lower(k))) return false; // "a businessman who had been on the board"
            if (FINITE_VERBS.contains(t.lower(k))) return true;
        }
        return false;
    }

    private static final Set<String> RELATIVE_WORDS = WordLists.load("mentions/relative-words");
    /** Auxiliaries and forms of "be" that make a clause finite. */
    public static final Set<String> FINITE_VERBS = WordLists.load("mentions/finite-verbs");

    private Mention nameInside(TokenText t, int from, int to) {
        if (from > to) return null;
        to = beforeParenthetical(t, to);
        if (to < from) return null; // the parenthetical began before the segment ("(R., S.C.)" cut at its comma)
        int e = scanRight(t, from);
        // the scan may run on through the dash that closes the segment ("Debra Royce - his girlfriend - said")
        if (e == to || e > to && t.isCapitalized(from) && t.isCapitalized(to)) return classify(t, from, to);
        // "Tom Reeve of Grace Church in Dover, said": the person before the prepositional phrase
        int s = scanLeft(t, to);
        if (s <= -2 && -2 - s == from) {
            Mention head = personBeforePlace(t, from, to);
            if (head.kind() == Mention.Kind.NAME && head.type() == SpeakerType.PERSON) return head;
        }
        return null;
    }

    /** "Kent Moore at the University of Toronto": the words from {@code head} up to the place's preposition. */
    private Mention personBeforePlace(TokenText t, int head, int to) {
        int headEnd = head;
        while (headEnd + 1 <= to && !PLACE_PREPOSITIONS.contains(t.lower(headEnd + 1))) headEnd++;
        return classify(t, head, headEnd);
    }

    /** A full stop glued to a short capitalised word ("R-Tex.,", "Mo."): an abbreviation's, not a sentence's end. */
    public static boolean abbreviationPoint(TokenText t, int k) {
        if (k == 0 || t.start(k) != t.end(k - 1) || !t.isCapitalized(k - 1)) return false;
        String word = t.word(k - 1);
        return word.length() - word.lastIndexOf('-') - 1 <= 4; // "R-Tex." is "Tex."
    }

    /**
     * The token before a short parenthetical that ends at {@code j} ("Sen. Ann Poe (D-Ore.) said", "Ali Reza (pictured)
     * said"): the speaker is the phrase before it. Otherwise {@code j} itself.
     */
    private static int beforeParenthetical(TokenText t, int j) {
        if (!t.isPunct(j, ')')) return j;
        for (int k = j - 1; k >= Math.max(1, j - MAX_PARENTHETICAL_TOKENS - 1); k--) {
            if (t.isPunct(k, ')')) return j;
            if (t.isPunct(k, '(')) return t.isWord(k - 1) ? k - 1 : j;
        }
        return j;
    }

    private int scanLeft(TokenText t, int j) {
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
            if (w.equals(".") && k > 0 && s >= 0 && t.start(k) == t.end(k - 1) && lex.isTitle(t.lower(k - 1))) {
                s = k; // "Gen." cut in two by the tokenizer
                continue;
            }
            if (t.isQuoteMark(k) || !t.isWord(k) && !w.equals("&") && !w.equals("-")) break;
            if (w.equals("-") && spaced(t, k)) break; // "BEIRUT - Hezbollah": a dash, not a hyphen in a name
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
                if (s < 0 || k == 0 || !(t.isCapitalized(k - 1) || lex.isRole(t.lower(k - 1)) || lex.isOrganization(t.lower(k - 1))
                        || w.equals("al") || w.equals("bin") || NAME_PARTICLES.contains(t.lower(k - 1)))) break;
                s = k;
                continue;
            }
            if (lex.isRole(w) || lex.isOrganization(w) || (s >= 0 && ROLE_MODIFIERS.contains(w))) {
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
                        && (lex.isOrganization(t.lower(j)) || t.lower(d - 1).endsWith("'s") || t.lower(d - 1).endsWith("\u2019s"))) {
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
                Mention head = classify(t, s2, s - 2);
                if (head.kind() == Mention.Kind.NAME && head.type() == SpeakerType.PERSON) return -2 - s2;
            }
        }
        return s;
    }

    /** A dash that sets off a phrase as commas would ("Moss, an adviser - who backed him - said"); not a hyphen. */
    private static boolean parentheticalDash(TokenText t, int k) {
        return t.isPunct(k, '\u2014') || (t.isPunct(k, '-') || t.isPunct(k, '\u2013') || t.is(k, "--")) && spaced(t, k);
    }

    /** "Sanders' adviser": an apostrophe glued to a word in -s and followed by a space closes a possessive, no quotation. */
    private static boolean possessiveApostrophe(TokenText t, int k) {
        if (!(t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) || k == 0 || t.start(k) != t.end(k - 1)) return false;
        String before = t.lower(k - 1);
        return before.endsWith("s") || before.endsWith("z") || before.endsWith("x");
    }

    private static boolean spaced(TokenText t, int k) {
        return k > 0 && t.start(k) > t.end(k - 1) || k + 1 < t.size() && t.end(k) < t.start(k + 1);
    }

    /** Whether the phrase ends in a person's name: a known given name, or a name right after a title. */
    private boolean namesAPerson(TokenText t, int s, int e) {
        Mention m = classify(t, s, e);
        if (m.kind() != Mention.Kind.NAME) return false;
        if (m.gender() != 0 && m.type() != SpeakerType.ORGANIZATION || lex.gender(stripPossessive(t.lower(t.tokenAtOrAfter(m.name().start())))) != 0) return true;
        int n0 = t.tokenAtOrAfter(m.name().start());
        return n0 > s && (lex.isTitle(t.lower(n0 - 1)) || t.is(n0 - 1, ".") && n0 > 1 && lex.isTitle(t.lower(n0 - 2)));
    }

    /**
     * Where a share of people that ends at {@code j} starts, when it opens the clause: "Thirty percent (of voters)",
     * "one in four", "nearly nine out of 10", "62% of those asked"; -1 otherwise.
     */
    private static int shareStart(TokenText t, int j) {
        for (int of = j - 1; of >= Math.max(1, j - 3); of--) { // "... of those surveyed"
            if (t.is(of, "of") && !t.is(of - 1, "out")) {
                int k = shareHead(t, of - 1);
                if (k >= 0) return k;
            }
        }
        return shareHead(t, j);
    }

    /** Where "the 26-year-old (right) wing" that ends at {@code j} starts; -1 otherwise. */
    private static int agedDescriptionStart(TokenText t, int j) {
        for (int a = j - 1; a >= Math.max(1, j - 2); a--) {
            if (t.lower(a).endsWith("-year-old") && Character.isDigit(t.lower(a).charAt(0))) {
                for (int k = a + 1; k <= j; k++) if (!t.isWord(k) || t.isCapitalized(k)) return -1;
                return ARTICLES.contains(t.lower(a - 1)) ? a - 1 : -1;
            }
        }
        return -1;
    }

    /** Where "Thirty percent", "one in four", "nine out of 10" that ends at {@code j} starts; -1 otherwise. */
    private static int shareHead(TokenText t, int j) {
        int k;
        if (PERCENT_WORDS.contains(t.lower(j)) && number(t, j - 1)) k = j - 1;
        else if (t.is(j, "cent") && t.is(j - 1, "per") && number(t, j - 2)) k = j - 2;
        else if (number(t, j) && t.is(j - 1, "in") && number(t, j - 2)) k = j - 2;
        else if (number(t, j) && t.is(j - 1, "of") && t.is(j - 2, "out") && number(t, j - 3)) k = j - 3;
        else if (fraction(t.lower(j)) || t.is(j, "half")) k = j; // "two-thirds"
        else if (SHARE_NOUNS.contains(t.lower(j)) && (t.is(j - 1, "a") || t.is(j - 1, "one"))) k = j - 1; // "a third"
        else return -1;
        while (k > 0 && SHARE_LEADS.contains(t.lower(k - 1))) k--;
        return k == 0 || !t.isWord(k - 1) || SHARE_CONJUNCTIONS.contains(t.lower(k - 1)) ? k : -1;
    }

    /** "two-thirds", "three-quarters": a word of letters, a hyphen and a plural fraction. */
    private static boolean fraction(String w) {
        int dash = w.indexOf('-');
        if (dash < 1 || !FRACTION_PLURALS.contains(w.substring(dash + 1))) return false;
        for (int i = 0; i < dash; i++) {
            if (w.charAt(i) < 'a' || w.charAt(i) > 'z') return false;
        }
        return true;
    }

    private static boolean number(TokenText t, int k) {
        if (k < 0 || k >= t.size()) return false;
        String w = t.lower(k);
        return Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
    }

    private static final Set<String> NUMBER_WORDS = WordLists.load("mentions/number-words");
    private static final Set<String> SHARE_NOUNS = WordLists.load("mentions/share-nouns");
    private static final Set<String> SHARE_LEADS = WordLists.load("mentions/share-leads");
    private static final Set<String> PERCENT_WORDS = WordLists.load("mentions/percent-words");
    private static final Set<String> FRACTION_PLURALS = WordLists.load("mentions/fraction-plurals");
    private static final Set<String> SHARE_CONJUNCTIONS = WordLists.load("mentions/share-conjunctions");
    private static final Set<String> ARTICLES = WordLists.load("mentions/articles");

    private static final Set<String> QUANTIFIERS = WordLists.load("mentions/quantifiers");

    private static final Set<String> TIME_NOUNS = WordLists.load("mentions/time-nouns");
    private static final Set<String> TIME_LEADS = WordLists.load("mentions/time-leads");

    /** Name particles: al-Araji, bin Saud, ibn Khaldun. */
    private static final Set<String> NAME_PARTICLES = WordLists.load("mentions/name-particles");

    private static final Set<String> MODIFIED_NOUN_DETERMINERS = WordLists.load("mentions/modified-noun-determiners");
    private static final Set<String> PLACE_PREPOSITIONS = WordLists.load("mentions/place-prepositions");

    private int scanRight(TokenText t, int i) {
        int e = i - 1;
        boolean seenHead = false;
        for (int k = i; k < t.size(); k++) {
            String w = t.lower(k);
            if (w.equals(".") && k > i && t.start(k) == t.end(k - 1) && lex.isTitle(t.lower(k - 1))) {
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
            if (lex.isRole(w) || lex.isOrganization(w)) {
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
                        && !(lex.isRole(t.lower(h)) || lex.isOrganization(t.lower(h)))) h++;
                if (h < t.size() && h < k + 3 && (lex.isRole(t.lower(h)) || lex.isOrganization(t.lower(h)))) {
                    e = h;
                    k = h;
                    seenHead = true;
                    continue;
                }
            }
            break;
        }
        while (e >= i && (NAME_CONNECTORS.contains(t.lower(e)) || PHRASE_DETERMINERS.contains(t.lower(e)) || ROLE_MODIFIERS.contains(t.lower(e)) && !t.isCapitalized(e))) e--;
        return e >= i && hasHead(t, i, e) ? e : i - 1;
    }

    private boolean hasHead(TokenText t, int s, int e) {
        for (int k = s; k <= e; k++) {
            if (t.isCapitalized(k) && !PHRASE_DETERMINERS.contains(t.lower(k)) && !NAME_CONNECTORS.contains(t.lower(k))) return true;
            if (lex.isRole(t.lower(k)) || lex.isOrganization(t.lower(k))) return true;
        }
        return false;
    }

    /** Splits a noun phrase into titles and a name, and guesses what it names. */
    Mention classify(TokenText t, int s, int e) {
        Span whole = new Span(t.start(s), t.end(e));
        // the name: the run of capitalised non-title words at the right end
        int ne = e;
        int ns = -1;
        for (int k = e; k >= s; k--) {
            String w = t.lower(k);
            boolean particle = (NAME_PARTICLES.contains(w) || NAME_INNER_WORDS.contains(w) || w.startsWith("al-") || w.startsWith("el-"))
                    && ns >= 0;
            if (w.equals(".") && ns < 0) continue; // "Mr." cut in two: the stop belongs to the title
            if ((t.isCapitalized(k) && !lex.isTitle(w) && !PHRASE_DETERMINERS.contains(w)) || particle) {
                ns = k;
                continue;
            }
            break;
        }
        for (int k = s + 1; k < ns && ns >= 0; k++) {
            if (WORKPLACE_PREPOSITIONS.contains(t.lower(k)) && t.isCapitalized(k - 1)
                    && !(t.is(k, "of") && ORG_NAME_WORDS.contains(t.lower(k - 1))) // "the Roman Catholic Diocese of Kenton"
                    && (lex.gender(stripPossessive(t.lower(firstCapital(t, s, k - 1)))) != 0
                    || twoWordName(t, firstCapital(t, s, k - 1), k - 1) && namesInstitution(t, k + 1, e))) {
                e = k - 1; // the institution after the preposition is where the person works
                ne = e;
                ns = firstCapital(t, s, e);
                while (ns > s && t.isCapitalized(ns - 1) && !lex.isTitle(t.lower(ns - 1))) ns--;
                whole = new Span(t.start(s), t.end(e));
                break;
            }
        }
        // "the State Department", "the White House", "the National Security Council": an institution's name
        // keeps the capitalised words that elsewhere are titles
        if (t.isCapitalized(e) && ORG_NAME_WORDS.contains(t.lower(e))) {
            int k = e;
            while (k > s && t.isCapitalized(k - 1) && !PHRASE_DETERMINERS.contains(t.lower(k - 1))) k--;
            ns = k;
            ne = e;
        }
        // "the Bank of England", "the Organization of American States", "the National Institute on Drug Abuse": the
        // institution word and its "of", "on" or "for" belong to the name, which is not England's nor the American States'
        while (ns >= 0 && ns - 2 >= s && INSTITUTION_NAME_PREPOSITIONS.contains(t.lower(ns - 1))
                && t.isCapitalized(ns - 2) && ORG_NAME_WORDS.contains(t.lower(ns - 2))) {
            int k = ns - 2;
            while (k > s && t.isCapitalized(k - 1) && !PHRASE_DETERMINERS.contains(t.lower(k - 1))
                    && (!lex.isTitle(t.lower(k - 1)) || INSTITUTION_ADJECTIVES.contains(t.lower(k - 1)))) k--;
            ns = k;
        }
        String head = headNoun(t, s, e);
        if (ns >= 0 && ns > s) {
            for (int k = s; k < ns; k++) { // a role before "for", "of", "at", "with": the role holder spoke
                if ((lex.isRole(t.lower(k)) || lex.isTitle(t.lower(k))) && !t.isCapitalized(k) && k + 1 < ns + 1
                        && ROLE_OBJECT_PREPOSITIONS.contains(t.lower(k + 1))) {
                    ns = -1;
                    head = t.lower(k);
                    break;
                }
            }
        }
        if (ns < 0) {
            SpeakerType type = lex.isOrganization(head) ? SpeakerType.ORGANIZATION
                    : lex.isRole(head) ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
            return new Mention(whole, null, List.of(spanText(t, s, e)), Mention.Kind.DESCRIPTION, type, genderOfRole(head), head);
        }
        List<String> titles = new ArrayList<>();
        if (ns > s) {
            int ts = s;
            while (ts < ns && PHRASE_DETERMINERS.contains(t.lower(ts))) ts++;
            if (ts < ns) titles.add(spanText(t, ts, ns - 1));
        }
        boolean orgWords = namesInstitution(t, ns, ne);
        boolean personName = lex.gender(stripPossessive(t.lower(ns))) != 0 || ns > s && lex.isTitle(t.lower(ns - 1))
                || ns > s + 1 && t.is(ns - 1, ".") && lex.isTitle(t.lower(ns - 2))
                // "Hamas official Osama Hamdan", "Hezbollah leader Hassan Nasrallah": a role in lower case, then the name
                || ns > s && !t.isCapitalized(ns - 1) && lex.isRole(t.lower(ns - 1)) && !lex.isOrganization(t.lower(ns - 1));
        for (int k = s; k < ns && !personName; k++) { // "the University of Toronto": the institution word before the name
            if (t.isCapitalized(k) && ORG_NAME_WORDS.contains(t.lower(k))) orgWords = true;
        }
        if (ns == ne && ns == 0 && (lex.isRole(t.lower(ns)) || lex.isOrganization(t.lower(ns)))) { // "Analysts said"
            return new Mention(whole, null, List.of(spanText(t, s, e)), Mention.Kind.DESCRIPTION,
                    lex.isOrganization(t.lower(ns)) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON, (char) 0, t.lower(ns));
        }
        char gender = lex.gender(stripPossessive(t.lower(ns)));
        if (gender == 0) {
            for (String title : titles) gender = gender != 0 ? gender : genderOfTitle(title);
        }
        SpeakerType type = orgWords ? SpeakerType.ORGANIZATION
                : (gender != 0 || ne > ns || !titles.isEmpty()) ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
        if (type == SpeakerType.PERSON && PHRASE_DETERMINERS.contains(t.lower(s)) && titles.isEmpty()) type = SpeakerType.ORGANIZATION;
        return new Mention(whole, new Span(t.start(ns), t.end(ne)), titles, Mention.Kind.NAME, type, gender, head);
    }

    /** "Jingyi Pan" in "Jingyi Pan of IG": two capitalised words that are neither a title nor an institution's. */
    private boolean twoWordName(TokenText t, int a, int b) {
        if (b - a != 1) return false;
        for (int k = a; k <= b; k++) {
            String w = t.lower(k);
            if (!t.isCapitalized(k) || lex.isTitle(w) || lex.isOrganization(w) || ORG_NAME_WORDS.contains(w) || isAcronym(t.word(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens a..b name an institution: an acronym or an institution word among them. */
    private boolean namesInstitution(TokenText t, int a, int b) {
        for (int k = a; k <= b; k++) {
            String w = t.lower(k);
            if (isAcronym(t.word(k)) || ORG_NAME_WORDS.contains(w) || lex.isOrganization(w)) return true;
        }
        return false;
    }

    private static int firstCapital(TokenText t, int s, int e) {
        int k = e;
        while (k > s && t.isCapitalized(k - 1) && !PHRASE_DETERMINERS.contains(t.lower(k - 1))) k--;
        while (k < e && (PHRASE_DETERMINERS.contains(t.lower(k)) || !t.isCapitalized(k))) k++;
        return k;
    }

    /** Words that are titles before a name ("National Security Adviser") but adjectives in an institution's. */
    private static final Set<String> NAME_INNER_WORDS = WordLists.load("mentions/name-inner-words");
    private static final Set<String> WORKPLACE_PREPOSITIONS = WordLists.load("mentions/workplace-prepositions");
    private static final Set<String> INSTITUTION_NAME_PREPOSITIONS = WordLists.load("mentions/institution-name-prepositions");
    private static final Set<String> ROLE_OBJECT_PREPOSITIONS = WordLists.load("mentions/role-object-prepositions");
    private static final Set<String> INSTITUTION_ADJECTIVES = WordLists.load("mentions/institution-adjectives");

    /** "on" inside an institution's name: "the Institute on Aging", "the Commission on Human Rights". */
    private static boolean orgConnector(TokenText t, int k) {
        return t.is(k, "on") && k > 0 && k + 1 < t.size() && t.isCapitalized(k - 1) && ORG_NAME_WORDS.contains(t.lower(k - 1))
                && t.isCapitalized(k + 1);
    }

    /** Capitalised words that mark a name as an institution's. */
    static final Set<String> ORG_NAME_WORDS = WordLists.load("mentions/institution-name-words");

    /** RCMP, IRCC, CNBC: an all-capital word of two letters or more names an institution, not a person. */
    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2 && !word.contains(".");
    }

    private String headNoun(TokenText t, int s, int e) {
        for (int k = e; k >= s; k--) {
            String w = stripPossessive(t.lower(k));
            if (lex.isRole(w) || lex.isOrganization(w)) return w;
        }
        return stripPossessive(t.lower(e));
    }

    private static final Set<String> FEMALE_ROLE_NOUNS = WordLists.load("mentions/female-role-nouns");
    private static final Set<String> MALE_ROLE_NOUNS = WordLists.load("mentions/male-role-nouns");
    private static final Set<String> FEMALE_TITLE_WORDS = WordLists.load("mentions/female-title-words");
    private static final Set<String> MALE_TITLE_WORDS = WordLists.load("mentions/male-title-words");

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

    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) return w.substring(0, w.length() - 2);
        if (w.endsWith("'")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String spanText(TokenText t, int s, int e) {
        StringBuilder sb = new StringBuilder();
        for (int k = s; k <= e; k++) {
            if (k > s && t.start(k) > t.end(k - 1)) sb.append(' ');
            sb.append(t.word(k));
        }
        return sb.toString();
    }
}
