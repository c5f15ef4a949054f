package quotestance.speakers;

import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.parties.Party;
import quotestance.parties.PartyGazetteer;

/**
 * The key two descriptions of one body share: lower case, the leading article gone, a possessive 's gone, and a
 * state written in one word folded to the state's name, so "U.S. officials" and "US officials", "Iran's state
 * television" and "Iranian state television" are one article speaker.
 */
final class DescriptionKey {
    /** "the ministry" and "a ministry" are one description: the article that opens it does not count. */
    private static final Set<String> LEADING_ARTICLES = WordLists.load("speakers/leading-articles");

    private DescriptionKey() {
    }

    static String of(String written) {
        String[] words = written.strip().split("\\s+");
        StringBuilder sb = new StringBuilder(written.length());
        PartyGazetteer parties = PartyGazetteer.defaults();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i == 0 && LEADING_ARTICLES.contains(w.toLowerCase(Locale.ROOT)) && words.length > 1) continue;
            if (w.endsWith("'s") || w.endsWith("\u2019s")) w = w.substring(0, w.length() - 2);
            Party state = w.isEmpty() ? null : parties.stateOfWord(w);
            if (sb.length() > 0) sb.append(' ');
            sb.append(state != null ? state.name().toLowerCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
