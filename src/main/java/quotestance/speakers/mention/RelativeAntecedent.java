package quotestance.speakers.mention;

import static quotestance.speakers.mention.MentionWords.FINITE_VERBS;
import static quotestance.speakers.mention.MentionWords.SUBJECT_PRONOUNS;

import quotestance.lexicon.Lexicons;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "Bortis, who noted", "some traders, who said": the relative pronoun before the cue stands for the phrase before
 * it. A name keeps the mention as written ("who") and takes the name from the antecedent; a description is the
 * antecedent itself. {@link MentionRule#RELATIVE_ANTECEDENT}.
 */
final class RelativeAntecedent implements BeforeCueRule.Nearest {
    private static final Lexicons LEX = Lexicons.get();

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        if (!t.is(j, "who") || j == 0) return null;
        int k = t.isPunct(j - 1, ',') ? j - 2 : j - 1;
        if (k < 0 || SUBJECT_PRONOUNS.contains(t.lower(k))) return null;
        int s = NounPhraseScanner.start(NounPhraseScanner.scanLeft(t, k));
        if (s >= 0) {
            Mention antecedent = NounPhraseClassifier.classify(t, s, k);
            if (antecedent.kind() != Mention.Kind.NAME) return antecedent.withRule(MentionRule.RELATIVE_ANTECEDENT);
            return new Mention(new Span(t.start(j), t.end(j)), antecedent.name(), antecedent.titles(), Mention.Kind.NAME,
                    antecedent.type(), antecedent.gender(), antecedent.head(), MentionRule.RELATIVE_ANTECEDENT);
        }
        int d = describedBy(t, k);
        // "some traders, who said ...": a description no lexicon lists, named by its determiner
        return d < 0 ? null : Readings.description(t, d, k, SpeakerType.UNKNOWN, t.lower(k), MentionRule.RELATIVE_ANTECEDENT);
    }

    /** Where a determiner or quantifier opens the lower-case noun phrase that ends at {@code k} ("some traders"); -1 when none. */
    private static int describedBy(TokenText t, int k) {
        String head = t.lower(k);
        if (!t.isWord(k) || t.isCapitalized(k) || head.length() < 3 || LEX.cue(head) != null || FINITE_VERBS.contains(head)) return -1;
        for (int d = k - 1; d >= Math.max(0, k - 3); d--) {
            String w = t.lower(d);
            if (MentionWords.PHRASE_DETERMINERS.contains(w) || MentionWords.QUANTIFIERS.contains(w)) return d;
            if (!t.isWord(d) || LEX.cue(w) != null || SUBJECT_PRONOUNS.contains(w) || FINITE_VERBS.contains(w)) return -1;
        }
        return -1;
    }
}
