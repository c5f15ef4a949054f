package quotestance.speakers.mention;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "said oil and gas worker Mike Wipf", "said Oilers head coach Ken Hitchcock": a description in lower-case words
 * after the cue, then the name; the mention is the whole. A clause is no description ("said Paris was working
 * with Oman": its subject is no speaker). {@link MentionRule#DESCRIBED_NAME}.
 */
final class DescribedName implements AfterCueRule {
    private static final Lexicons LEX = Lexicons.get();
    /** How many words the description may hold before the name. */
    private static final int MAX_DESCRIPTION_TOKENS = 7;
    private static final Set<String> CLAUSE_PREPOSITIONS = WordLists.load("mentions/clause-prepositions");

    @Override
    public Mention read(LookAhead at) {
        TokenText t = at.text();
        int i = at.from();
        for (int k = i; k < Math.min(t.size(), i + MAX_DESCRIPTION_TOKENS); k++) {
            String w = t.lower(k);
            if (!t.isWord(k) || MentionWords.SUBJECT_PRONOUNS.contains(w) || LEX.cue(w) != null) return null;
            if (MentionWords.FINITE_VERBS.contains(w) || CLAUSE_PREPOSITIONS.contains(w)) return null;
            if (t.isCapitalized(k) && !LEX.isTitle(w) && k > i) {
                int ne = NounPhraseScanner.scanRight(t, k);
                if (ne < k) return null;
                Mention named = NounPhraseClassifier.classify(t, i, ne);
                boolean speaks = named.kind() == Mention.Kind.NAME && (!at.modifierName() || named.type() == SpeakerType.PERSON);
                return speaks ? named.withRule(MentionRule.DESCRIBED_NAME) : null;
            }
        }
        return null;
    }
}
