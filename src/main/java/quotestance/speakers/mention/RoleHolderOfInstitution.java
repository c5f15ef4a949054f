package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "The former chairman of the Regional Assembly said", "an inspector with the agency told": the nearest phrase is
 * an institution (or a description) after a role and a preposition; the holder of the role spoke, not the
 * institution, and the mention runs from the role to the institution's end. {@link MentionRule#ROLE_HOLDER_OF_INSTITUTION}.
 */
final class RoleHolderOfInstitution implements BeforeCueRule.Beyond {
    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        Mention m = at.nearest();
        int m0 = t.tokenAtOrAfter(m.span().start());
        if (m0 < 2 || !MentionWords.ROLE_PREPOSITIONS.contains(t.lower(m0 - 1)) || t.isCapitalized(m0 - 2)) return null;
        if (m.type() == SpeakerType.PERSON && m.kind() != Mention.Kind.DESCRIPTION) return null;
        Mention holder = at.nearestBefore(m0 - 1);
        return holder != null && holder.kind() == Mention.Kind.DESCRIPTION && holder.type() == SpeakerType.PERSON
                ? Readings.widened(holder, m.span().end(), MentionRule.ROLE_HOLDER_OF_INSTITUTION) : null;
    }
}
