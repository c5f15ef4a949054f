package quotestance.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import quotestance.lexicon.Lexicons;
import quotestance.model.Mention;
import quotestance.model.SpeakerType;

/**
 * The entities a quote's speaker may be, for the ranker to choose from: the rule step's choice, the entities
 * seen last before the quote, the ones most recently prominent, and the previous speaker; for a pronoun or a
 * description, only those that agree with it. Bounded in number, so
 * ranking costs the same in any article.
 */
final class SpeakerCandidates {
    private static final Lexicons LEX = Lexicons.get();
    static final int BY_SIGHTING = 8;
    static final int BY_SALIENCE = 4;

    private SpeakerCandidates() {
    }

    static List<Entity> of(Entity ruleChoice, int at, ArticleEntities article, Mention mention) {
        List<Entity> before = new ArrayList<>();
        for (Entity e : article.recent()) if (e.lastSeen >= 0 && e.lastSeen < at) before.add(e);
        String written = mention == null ? null : NameForms.clean(mention.span().of(article.text()));
        List<Entity> seen = new ArrayList<>();
        for (Entity e : before) if (agrees(e, mention) && describedBy(e, mention, written, before)) seen.add(e);
        List<Entity> out = new ArrayList<>();
        if (ruleChoice != null) out.add(ruleChoice);
        addFirst(out, seen, Comparator.comparingInt((Entity e) -> -e.lastSeen), BY_SIGHTING);
        List<Entity> salient = new ArrayList<>();
        for (Entity e : seen) if (e.lastSalient >= 0 && e.lastSalient < at) salient.add(e);
        addFirst(out, salient, Comparator.comparingInt((Entity e) -> -e.lastSalient), BY_SALIENCE);
        Entity last = article.lastSpeaker();
        if (last != null && !out.contains(last) && seen.contains(last)) out.add(last);
        return out;
    }

    /**
     * A description's candidates are of its kind (a person's description names no institution, and the other way
     * round); a named one that does not hold the head, only when the head is no title or role; an unnamed one is a description of the same head ("these officials" for "senior officials", not "the
     * agency" for "one in four"); a holder of the head is the one that held it last, its modifiers fitting ("the
     * paramedics union" is not the railway union named before, "the official" not the one an official named
     * after him took over from).
     */
    private static boolean describedBy(Entity e, Mention mention, String written, List<Entity> before) {
        if (mention == null || mention.kind() != Mention.Kind.DESCRIPTION || mention.head() == null) return true;
        String head = mention.head();
        if (mention.type() == SpeakerType.PERSON && e.type == SpeakerType.ORGANIZATION) return false;
        if (mention.type() == SpeakerType.ORGANIZATION && e.type == SpeakerType.PERSON) return false;
        boolean holds = holds(e, head);
        if (!e.named && !holds) return false;
        // "the senator" is no one named before who is not a senator; "the newspaper" may be the Times
        if (!holds) return !LEX.isTitle(head) && !LEX.isRole(head);
        if (!Descriptions.modifiersFit(written, head, e)) return false;
        for (Entity other : before) if (other != e && other.lastSeen > e.lastSeen && holds(other, head)) return false;
        return true;
    }

    private static boolean holds(Entity e, String head) {
        if (e.heads.contains(head)) return true;
        for (String t : e.titles) if (Descriptions.titleHead(t).equals(head)) return true;
        return e.named && Descriptions.containsWord(e.name, head);
    }

    /** A pronoun's candidates agree with it in gender, number and kind ("she" is no man, "it" no person). */
    private static boolean agrees(Entity e, Mention mention) {
        return mention == null || mention.kind() != Mention.Kind.PRONOUN || e.fitsPronoun(mention.head());
    }

    private static void addFirst(List<Entity> out, List<Entity> from, Comparator<Entity> order, int n) {
        List<Entity> sorted = new ArrayList<>(from);
        sorted.sort(order);
        int added = 0;
        for (Entity e : sorted) {
            if (added == n) break;
            if (out.contains(e)) continue;
            out.add(e);
            added++;
        }
    }
}
