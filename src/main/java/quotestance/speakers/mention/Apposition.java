package quotestance.speakers.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "Hugh Hill, a doctor at the clinic, said", "the clinic's doctor, Hugh Hill, said", "Debbie Stabenow, D-Mich., a
 * member of the team, said", "Gail Moss - an adviser - said": the segments between commas or dashes before the cue,
 * nearest first; the speaker is the leftmost noun phrase that names a person, else the one before the first comma.
 * A comma or a dash right before the cue is this rule's: when it reads nothing, the look ends with no speaker.
 * {@link MentionRule#APPOSITION}.
 */
final class Apposition implements BeforeCueRule.Nearest {
    /** How many segments between commas the chain may hold, and how long each may be. */
    private static final int MAX_SEGMENTS = 3;
    private static final int MAX_SEGMENT_TOKENS = 16;
    private static final Set<String> LEADING_CONJUNCTIONS = WordLists.load("mentions/leading-conjunctions");
    private static final Set<String> RELATIVE_WORDS = WordLists.load("mentions/relative-words");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        if (!t.isPunct(j, ',') && !Boundaries.parentheticalDash(t, j)) return null;
        Mention m = apposition(t, j);
        return m == null ? LookBack.NOBODY : m.withRule(MentionRule.APPOSITION);
    }

    private static Mention apposition(TokenText t, int comma) {
        List<int[]> segments = new ArrayList<>(); // [from, to] of the text between commas, nearest first
        // dashes set off phrases only in a chain that ends in one; elsewhere they may enclose a list's aside
        boolean dashes = Boundaries.parentheticalDash(t, comma);
        int right = comma;
        for (int n = 0; n < MAX_SEGMENTS; n++) {
            int open = -1;
            for (int k = right - 1; k >= Math.max(0, right - MAX_SEGMENT_TOKENS); k--) {
                if (t.isPunct(k, ')')) { // "Sen. Ann Poe (R., S.C.), a member ...": a comma inside brackets splits nothing
                    int bracket = k - 1;
                    while (bracket >= Math.max(0, k - Boundaries.MAX_PARENTHETICAL_TOKENS - 2) && !t.isPunct(bracket, '(')
                            && !t.isPunct(bracket, ')')) bracket--;
                    if (bracket >= 0 && t.isPunct(bracket, '(')) {
                        k = bracket;
                        continue;
                    }
                }
                if (t.isPunct(k, ',') || dashes && Boundaries.parentheticalDash(t, k) || t.isPunct(k, ':')) {
                    open = k;
                    break;
                }
                if (t.isQuoteMark(k) && !Boundaries.possessiveApostrophe(t, k) || t.isPunct(k, '.') && !Boundaries.abbreviationPoint(t, k)
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
                    if (t.word(d).equals("\u2014") || t.word(d).equals("--") || t.isPunct(d, '-') && Boundaries.spaced(t, d)) start = d + 1;
                }
                if (open == -1 && right - 1 >= 0 && right - Math.max(0, right - MAX_SEGMENT_TOKENS) < MAX_SEGMENT_TOKENS) {
                    segments.add(new int[] {start, right - 1});
                }
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
        boolean ownComma = leftComma > 0 && (t.isPunct(leftComma, ',') || dashes && Boundaries.parentheticalDash(t, leftComma));
        int[] first = segments.get(segments.size() - 1);
        int head = ownComma ? leftComma - 1 : first[0] == first[1] ? first[0] : -1;
        // "He, a former mayor, said": a pronoun heads the chain, and stands for the speaker as it would alone
        if (head >= 0 && MentionWords.SUBJECT_PRONOUNS.contains(t.lower(head)) && !t.is(head, "who") && Boundaries.clauseOpensAt(t, head)) {
            return Pronoun.of(t, head);
        }
        if (ownComma) {
            int s = NounPhraseScanner.start(NounPhraseScanner.scanLeft(t, leftComma - 1));
            if (s >= 0) outer = NounPhraseClassifier.classify(t, s, leftComma - 1);
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
            if (outer != null) titles.add(0, NounPhraseClassifier.spanText(t, t.tokenAtOrAfter(outer.span().start()), leftComma - 1));
            return new Mention(bestInner.span(), bestInner.name(), titles, bestInner.kind(), bestInner.type(),
                    bestInner.gender(), outer != null ? outer.head() : bestInner.head());
        }
        return outer != null ? outer : leftmost;
    }

    /** The name a segment of the chain holds whole, or a person before a place ("Tom Reeve of Grace Church in Dover"); null otherwise. */
    private static Mention nameInside(TokenText t, int from, int to) {
        if (from > to) return null;
        to = Boundaries.beforeParenthetical(t, to);
        if (to < from) return null; // the parenthetical began before the segment ("(R., S.C.)" cut at its comma)
        int e = NounPhraseScanner.scanRight(t, from);
        // the scan may run on through the dash that closes the segment ("Debra Royce - his girlfriend - said")
        if (e == to || e > to && t.isCapitalized(from) && t.isCapitalized(to)) return NounPhraseClassifier.classify(t, from, to);
        // "Tom Reeve of Grace Church in Dover, said": the person before the prepositional phrase
        int s = NounPhraseScanner.scanLeft(t, to);
        if (NounPhraseScanner.isWorkplace(s) && NounPhraseScanner.start(s) == from) {
            Mention head = NounPhraseScanner.personBeforePlace(t, from, to);
            if (head.kind() == Mention.Kind.NAME && head.type() == SpeakerType.PERSON) return head;
        }
        return null;
    }

    /** Whether the words [from, to] hold a finite verb of their own, outside a relative clause: a clause, not a noun phrase. */
    private static boolean isClause(TokenText t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (RELATIVE_WORDS.contains(t.lower(k))) return false; // "a businessman who had been on the board"
            if (MentionWords.FINITE_VERBS.contains(t.lower(k))) return true;
        }
        return false;
    }
}
