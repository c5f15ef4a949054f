package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.WordLists;

import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;
import quotestance.model.SpeakerType;

/**
 * What the speaker ranker knows of one candidate for one quote, as named binary features: whether the rule step
 * chose it, how recently and how prominently it was seen, whether it spoke the quote before, whether it agrees
 * with a pronoun in gender and number and with a description in head noun and kind. The names are the model's
 * vocabulary (its weights file lists them); no text of an article enters them but the pronoun and the head noun.
 */
final class CandidateFeatures {
    /** The determiners a description may open with, the ranker's view of whether it points back or brings someone new. */
    private static final Set<String> DETERMINERS = WordLists.load("speakers/description-determiners");

    private CandidateFeatures() {
    }

    static List<String> of(QuoteCandidate quote, Mention m, String kind, Entity c, Entity ruleChoice, String ruleStep, int at,
                           ArticleEntities article, List<Entity> candidates) {
        List<String> f = new ArrayList<>(24);
        f.add("kind=" + kind);
        if (c.lastSeen < 0 || c.lastSeen >= at) f.add("fresh|" + kind);
        boolean choice = c == ruleChoice;
        if (choice) {
            f.add("choice|" + kind);
            f.add("choice|step=" + ruleStep);
            f.add("choice|rule=" + quote.rule().label());
        }
        f.add("seenRank=" + Math.min(4, rank(candidates, c, at, false)) + "|" + kind);
        int sal = c.lastSalient >= 0 && c.lastSalient < at ? rank(candidates, c, at, true) : -1;
        f.add("salRank=" + (sal < 0 ? "none" : String.valueOf(Math.min(3, sal))) + "|" + kind);
        f.add("dist=" + bucket(at - c.lastSeen, 40) + "|" + kind);
        f.add("para=" + Math.min(3, article.breaksBetween(c.lastSeen, at)) + "|" + kind);
        if (c.lastSalient >= 0 && c.lastSalient < at) {
            f.add("salPara=" + Math.min(3, article.breaksBetween(c.lastSalient, at)) + "|" + kind);
        }
        if (m != null && m.kind() == Mention.Kind.PRONOUN) {
            f.add("fitRank=" + (c.fitsPronoun(m.head()) ? String.valueOf(Math.min(3, fitRank(candidates, c, at, m.head()))) : "no")
                    + "|" + m.head());
        }
        if (m == null || m.type() == SpeakerType.PERSON) {
            f.add("personRank=" + (c.type == SpeakerType.PERSON ? String.valueOf(Math.min(3, typeRank(candidates, c, at))) : "no")
                    + "|" + kind);
        }
        if (c == article.previousSpeaker(quote.paragraphIndex())) f.add("previous|" + kind);
        if (c == article.lastSpeaker()) f.add("lastSpeaker|" + kind);
        f.add("spoken=" + Math.min(3, c.spoken) + "|" + kind);
        f.add("sightings=" + Math.min(4, Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1, c.sightings)))));
        String type = c.type.name().toLowerCase(Locale.ROOT);
        f.add("type=" + type + "|named=" + c.named + "|" + kind);
        if (m != null && m.kind() == Mention.Kind.PRONOUN) pronoun(f, m.head(), c);
        if (m != null && m.kind() == Mention.Kind.DESCRIPTION && !kind.equals("title")) description(f, m, c, article, choice, at);
        return f;
    }

    /** The features of the option that none of the candidates spoke the quote. */
    static List<String> noneOf(QuoteCandidate quote, String kind, String ruleStep, boolean ruleChose, int candidates) {
        return List.of("none|" + kind, "none|step=" + ruleStep, "none|rule=" + quote.rule().label(),
                "none|ruleChose=" + ruleChose + "|" + kind, "none|candidates=" + Math.min(4, candidates / 3));
    }

    /** The kind of mention as the ranker's features and figures name it: name, title, description, pronoun or none. */
    static String kindOf(Mention m, ResolutionStep step) {
        if (step == ResolutionStep.TITLE) return "title";
        if (m == null) return "none";
        return switch (m.kind()) {
            case PRONOUN -> "pronoun";
            case DESCRIPTION -> "description";
            case NAME -> "name";
        };
    }

    private static void pronoun(List<String> f, String head, Entity c) {
        f.add("fits=" + c.fitsPronoun(head) + "|" + head);
        f.add("gender=" + (c.gender == 0 ? "0" : String.valueOf(c.gender)) + "|" + head);
        f.add("ptype=" + c.type.name().toLowerCase(Locale.ROOT) + "|" + head);
    }

    private static void description(List<String> f, Mention m, Entity c, ArticleEntities article, boolean choice, int at) {
        String head = m.head() == null ? "" : m.head();
        String written = NameForms.clean(m.span().of(article.text()));
        boolean inTitles = c.heads.contains(head);
        for (String t : c.titles) inTitles |= Descriptions.titleHead(t).equals(head);
        if (inTitles) f.add("headInTitles");
        if (c.named && Descriptions.containsWord(c.name, head)) f.add("headInName");
        if (Descriptions.modifiersFit(written, head, c)) f.add("modifiersFit|named=" + c.named);
        if (!c.named && c.name.equalsIgnoreCase(written)) f.add("sameWords");
        String det = determiner(written);
        boolean fresh = c.lastSeen < 0 || c.lastSeen >= at;
        f.add("det=" + det + "|choice=" + choice + "|named=" + c.named + "|fresh=" + fresh);
        if (c == article.lastSpeaker()) f.add("det=" + det + "|lastSpeaker|named=" + c.named);
        f.add("head=" + head + "|ctype=" + c.type.name().toLowerCase(Locale.ROOT) + "|named=" + c.named);
        f.add("mtype=" + m.type().name().toLowerCase(Locale.ROOT) + "|ctype=" + c.type.name().toLowerCase(Locale.ROOT));
        if (m.type() == SpeakerType.PERSON && c.type == SpeakerType.ORGANIZATION) f.add("personForOrg");
    }

    /** The candidate's place among the candidates seen before the quote, most recent first (by sighting or salience). */
    private static int rank(List<Entity> candidates, Entity c, int at, boolean salience) {
        int mine = salience ? c.lastSalient : c.lastSeen;
        int r = 0;
        for (Entity e : candidates) {
            int v = salience ? e.lastSalient : e.lastSeen;
            if (e != c && v < at && v > mine) r++;
        }
        return r;
    }

    /** The description's first word when it is a determiner of the lexicon (the, these, a, another...), else "other". */
    private static String determiner(String written) {
        int space = written.indexOf(' ');
        String first = (space < 0 ? written : written.substring(0, space)).toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(first) ? first : "other";
    }

    /** Among the candidates that fit the pronoun, how many were seen after this one. */
    private static int fitRank(List<Entity> candidates, Entity c, int at, String pronoun) {
        int r = 0;
        for (Entity e : candidates) if (e != c && e.lastSeen < at && e.lastSeen > c.lastSeen && e.fitsPronoun(pronoun)) r++;
        return r;
    }

    /** Among the candidates of the candidate's type, how many were seen after this one. */
    private static int typeRank(List<Entity> candidates, Entity c, int at) {
        int r = 0;
        for (Entity e : candidates) if (e != c && e.lastSeen < at && e.lastSeen > c.lastSeen && e.type == c.type) r++;
        return r;
    }

    /** log2 of the distance in units, 0 to 7. */
    private static int bucket(int distance, int unit) {
        int d = Math.max(0, distance) / unit;
        return Math.min(7, 32 - Integer.numberOfLeadingZeros(d));
    }
}
