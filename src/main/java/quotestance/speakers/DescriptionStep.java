package quotestance.speakers;

import java.util.List;
import java.util.Optional;

import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;
import quotestance.model.SpeakerType;

/**
 * {@link ResolutionStep#DESCRIPTION}: a description that no named entity holds ("officials", "a spokesman", "the
 * interior ministry") stays as written. It joins the description of the same words seen before, or the unnamed
 * institution of that head ("the ministry" after "Syria's foreign ministry"), or enters the article as a new,
 * unnamed entity; a person named by age who is known only by a description is that description's.
 */
final class DescriptionStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        Mention m = ResolutionStepRule.mentionOf(quote, Mention.Kind.DESCRIPTION);
        if (m == null) return Optional.empty();
        return Optional.of(Resolved.by(ResolutionStep.DESCRIPTION, unnamedReferent(article, m, at)));
    }

    /** The unnamed entity of the description: one seen before, or a new one. */
    private static Entity unnamedReferent(ArticleEntities article, Mention m, int at) {
        String head = m.head();
        String written = NameForms.clean(m.span().of(article.text()));
        // after the title step, a person by age is one known only by a description ("a spokesman")
        Entity person = Descriptions.personByAge(m, written, at, article);
        if (person != null) return person;
        String key = DescriptionKey.of(written);
        for (Entity e : article.recent()) {
            if (!e.named && DescriptionKey.of(e.name).equals(key)) return e;
        }
        for (Entity e : article.recent()) { // "the ministry" after "Syria's foreign ministry"
            if (!e.named && e.type == SpeakerType.ORGANIZATION && e.heads.contains(head) && m.type() == SpeakerType.ORGANIZATION
                    && (written.startsWith("the ") || written.startsWith("The "))) return e;
        }
        Entity e = new Entity(written, List.of(), false, m.type(), m.gender());
        e.heads.add(head);
        e.aliases.add(written);
        article.add(e);
        return e;
    }
}
