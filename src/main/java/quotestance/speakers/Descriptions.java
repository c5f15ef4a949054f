package quotestance.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.SpeakerType;

/** How a description ("the defense minister", "the company") is compared with the entities named before it. */
final class Descriptions {
    private static final Set<String> DESCRIPTION_DETERMINERS = WordLists.load("speakers/description-determiners");
    /** "the former minister", "the central bank": words any holder may take, the one named before too. */
    private static final Set<String> ANY_HOLDER_MODIFIERS = WordLists.load("speakers/any-holder-modifiers");

    private Descriptions() {
    }

    /**
     * The words a description puts before its head ("paramedics" in "the paramedics union", "deputy" in "the
     * deputy minister") all occur in the entity's name, titles or aliases: otherwise it names someone else.
     * Determiners, possessives ("the board's engineer") and a few words that any holder may take (former,
     * new, top) do not count.
     */
    static boolean modifiersFit(String written, String head, Entity e) {
        String[] words = written.toLowerCase(Locale.ROOT).split("[^\\p{L}'\u2019]+");
        StringBuilder known = new StringBuilder(e.name);
        for (String t : e.titles) known.append(' ').append(t);
        for (String a : e.aliases) known.append(' ').append(a);
        List<String> knownTokens = NameKey.tokens(known.toString());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || DESCRIPTION_DETERMINERS.contains(w) || ANY_HOLDER_MODIFIERS.contains(w) || w.endsWith("'s") || w.endsWith("\u2019s")) continue;
            if (w.equals(head) && i == words.length - 1) continue;
            if (w.equals("based") || i + 1 < words.length && words[i + 1].equals("based")) continue; // "the Calgary-based railway"
            List<String> folded = NameKey.tokens(w);
            if (folded.isEmpty()) continue;
            boolean found = false;
            for (String k : knownTokens) found |= NameKey.sameToken(folded.get(0), k);
            if (!found) return false;
        }
        return true;
    }

    /**
     * "the 26-year-old forward": news names a person by age right after naming them, so it is the person most
     * recently prominent, failing that the one mentioned last; null when the description is no such one or no
     * person came before. The person may be one known only by a description ("a spokesman").
     */
    static Entity personByAge(Mention m, String written, int at, ArticleEntities article) {
        if (m.type() != SpeakerType.PERSON || !definite(written) || !written.contains("-year-old")) return null;
        Entity person = article.mostSalientPerson(at);
        if (person != null) return person;
        for (Entity e : article.recent()) {
            if (!e.named || e.lastSeen >= at || !e.fitsPronoun("he") && !e.fitsPronoun("she")) continue;
            if (person == null || e.lastSeen > person.lastSeen) person = e;
        }
        return person;
    }

    /** Opens with "the" or "its": a description of someone or something named before. */
    static boolean definite(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        return w.startsWith("the ") || w.startsWith("its ");
    }

    /** "Defense Minister" -> minister, "Secretary of State" -> secretary, "European Central Bank President" -> president. */
    static String titleHead(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int of = t.indexOf(" of ");
        if (of > 0) t = t.substring(0, of);
        String[] words = t.split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    static boolean containsWord(String phrase, String word) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.equals(word)) return true;
        return false;
    }
}
