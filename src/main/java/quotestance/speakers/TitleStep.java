package quotestance.speakers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;
import quotestance.model.SpeakerType;

/**
 * {@link ResolutionStep#TITLE}: a description that a named entity of the article holds. In order: the person who
 * last held the title ("the defense minister"), unless someone unnamed took the role up since; a person named
 * by age ("the 26-year-old forward"); the institution named last for a generic noun ("the company"); the
 * institution whose name holds the noun ("the ministry" after "Syria's Foreign Ministry"); a surname that is
 * also a title ("Major said"). What refers to no named entity is left to {@link DescriptionStep}.
 */
final class TitleStep implements ResolutionStepRule {
    /** Generic institution nouns that stand for the institution named last ("Facebook ... the company said"). */
    private static final Set<String> INSTITUTION_COREFERENCE_NOUNS = WordLists.load("speakers/institution-coreference-nouns");

    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        Mention m = ResolutionStepRule.mentionOf(quote, Mention.Kind.DESCRIPTION);
        if (m == null) return Optional.empty();
        Entity named = namedReferent(article, m, at);
        return named == null ? Optional.empty() : Optional.of(Resolved.by(ResolutionStep.TITLE, named));
    }

    /**
     * The named entity the description stands for, null when none; null too when it names a person by age who is
     * known only by a description: that one is the description step's.
     */
    private static Entity namedReferent(ArticleEntities article, Mention m, int at) {
        String head = m.head();
        String written = NameForms.clean(m.span().of(article.text()));
        Entity holder = titleHolder(article, m, at);
        Integer newHolder = article.roleTakenUpAt(head);
        if (holder != null && newHolder != null && newHolder > holder.lastSeen && newHolder < at) holder = null;
        if (holder != null && m.span().length() < 40 && Descriptions.modifiersFit(written, head, holder)) return holder;
        Entity person = Descriptions.personByAge(m, written, at, article);
        if (person != null) return person.named ? person : null;
        if (m.type() == SpeakerType.ORGANIZATION && INSTITUTION_COREFERENCE_NOUNS.contains(head) && Descriptions.definite(written)
                && written.indexOf(' ') == written.lastIndexOf(' ')) {
            Entity org = institutionNamedLast(article, head, at);
            if (org != null) return org;
        }
        boolean unknownKind = m.type() == SpeakerType.UNKNOWN; // "the railway said": a noun no lexicon lists
        if ((m.type() == SpeakerType.ORGANIZATION || unknownKind) && Descriptions.definite(written)) { // "the ministry" after "Syria's Foreign Ministry"
            Entity named = null;
            for (Entity e : article.recent()) {
                // then only an institution's name that ends in the noun ("Canadian Pacific Railway" for "the railway")
                if (unknownKind && (e.type == SpeakerType.PERSON || !e.name.toLowerCase(Locale.ROOT).endsWith(" " + head))) continue;
                if (e.named && e.lastSeen < at && Descriptions.containsWord(e.name, head) && Descriptions.modifiersFit(written, head, e)
                        && (named == null || e.lastSeen > named.lastSeen)) named = e;
            }
            if (named != null) return named;
        }
        if (Character.isUpperCase(written.charAt(0)) && !written.contains(" ")) { // "Major said": a surname that is also a title
            return article.findNamed(NameKey.tokens(written));
        }
        return null;
    }

    /** "the minister", "the defense minister": the named entity that last held that title or head. */
    private static Entity titleHolder(ArticleEntities article, Mention m, int at) {
        String head = m.head();
        Entity best = null;
        for (Entity e : article.recent()) {
            if (e.lastSeen >= at) continue;
            boolean holds = e.heads.contains(head);
            for (String t : e.titles) holds |= Descriptions.titleHead(t).equals(head);
            // "the bank" is no person, even one whose title names a bank ("Central Bank President Mario Draghi")
            boolean kindFits = !(e.type == SpeakerType.PERSON && m.type() == SpeakerType.ORGANIZATION);
            if (e.named && holds && kindFits && (best == null || e.lastSeen > best.lastSeen)) best = e;
        }
        return best;
    }

    /**
     * "the company", "the agency" (no more than that): the institution named last, one whose name has the word
     * first ("the agency" after "the Border Services Agency"); null when no institution came before.
     */
    private static Entity institutionNamedLast(ArticleEntities article, String head, int at) {
        Entity org = null;
        Entity withWord = null;
        for (Entity e : article.recent()) {
            if (!e.named || e.type == SpeakerType.PERSON || e.lastSeen >= at) continue;
            // a department or an agency is part of a government, never the "Government of Canada" itself
            if (!head.equals("government") && e.name.toLowerCase(Locale.ROOT).startsWith("government")) continue;
            if (org == null || e.lastSeen > org.lastSeen) org = e;
            if (Descriptions.containsWord(e.name, head) && (withWord == null || e.lastSeen > withWord.lastSeen)) withWord = e;
        }
        return withWord != null ? withWord : org;
    }
}
