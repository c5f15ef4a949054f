package quotestance.speakers.mention;

import static quotestance.speakers.mention.MentionWords.SUBJECT_PRONOUNS;

import java.util.List;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "he said", "said she", "I'm hoping that ...": a pronoun next to the cue, its gender and type from the pronoun
 * ("it" is an institution's). After a cue "it" is no speaker ("said it would"). {@link MentionRule#PRONOUN}.
 */
final class Pronoun implements BeforeCueRule.Nearest, AfterCueRule {
    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        if (SUBJECT_PRONOUNS.contains(t.lower(j))) return pronoun(t, j, t.lower(j));
        String contracted = contractedPronoun(t.lower(j));
        return contracted == null ? null : pronoun(t, j, contracted);
    }

    @Override
    public Mention read(LookAhead at) {
        TokenText t = at.text();
        int i = at.from();
        return SUBJECT_PRONOUNS.contains(t.lower(i)) && !t.is(i, "it") ? pronoun(t, i, t.lower(i)) : null;
    }

    /** The pronoun of a contraction the tokenizer kept whole ("I'm", "we're", "she's"), or null. */
    private static String contractedPronoun(String lower) {
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        if (apostrophe <= 0) return null;
        String head = lower.substring(0, apostrophe);
        return SUBJECT_PRONOUNS.contains(head) && !head.equals("who") ? head : null;
    }

    /** The pronoun at token {@code i}, which is one of the subject pronouns. */
    static Mention of(TokenText t, int i) {
        return pronoun(t, i, t.lower(i));
    }

    private static Mention pronoun(TokenText t, int i, String p) {
        char gender = p.equals("he") ? 'm' : p.equals("she") ? 'f' : 0;
        SpeakerType type = p.equals("it") ? SpeakerType.ORGANIZATION : SpeakerType.UNKNOWN;
        return new Mention(new Span(t.start(i), t.end(i)), null, List.of(), Mention.Kind.PRONOUN, type, gender, p, MentionRule.PRONOUN);
    }
}
