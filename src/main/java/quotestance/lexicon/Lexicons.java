package quotestance.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The hand-written word lists under {@code quotestance/lexicon/}: cue verbs, titles, role and organisation
 * nouns, given names. Loaded once per JVM, never changed after.
 */
public final class Lexicons {
    /**
     * A cue verb form and its properties, the columns of {@code cues.tsv}: its lemma, whether it reports speech
     * or a belief, whether the speaker may follow it, and how its clause or object is read.
     *
     * @param needsThat       a reported clause needs its "that": the verb takes a thing as often ("denied the report")
     * @param infinitive      reports a demand or intention through an infinitive ("urged Tehran to stop")
     * @param takesObject     a listener or other object may stand between the verb and its clause ("told reporters")
     * @param objectOrClause  reports only with a clause after it, not with a thing ("wrote a letter")
     * @param nounLike        a noun as often as a verb ("the annual report")
     * @param participle      an -ing form that attaches to a subject before it ("..., saying that")
     * @param coordinated     after "and" or "but", the speaker's next verb rather than the clause's own
     * @param plainSpeech     a plain verb of saying, never a noun: a description before it speaks
     */
    public record CueWord(String lemma, boolean speech, boolean inverted, boolean needsThat, boolean infinitive,
                          boolean takesObject, boolean objectOrClause, boolean nounLike, boolean participle,
                          boolean coordinated, boolean plainSpeech) {
        /** "according to" and "as reported by": a source, read by the according-to sieve, with none of the verb properties. */
        public static final CueWord SOURCE = new CueWord("accord to", true, false, false, false, false, false, false, false,
                false, false);
    }

    private static final Lexicons INSTANCE = new Lexicons();

    private final Map<String, CueWord> cues;
    private final Set<String> titles;
    private final Set<String> roles;
    private final Set<String> organizations;
    private final Map<String, Character> givenNames;

    private Lexicons() {
        Map<String, CueWord> c = new HashMap<>();
        lines("cues.tsv", l -> {
            String[] f = l.split("\t");
            c.put(f[0], new CueWord(f[1], f[2].equals("speech"), f[3].equals("1"), f[4].equals("1"), f[5].equals("1"),
                    f[6].equals("1"), f[7].equals("1"), f[8].equals("1"), f[9].equals("1"), f[10].equals("1"), f[11].equals("1")));
        });
        cues = Map.copyOf(c);
        titles = words("titles.txt");
        roles = words("roles.txt");
        organizations = words("organizations.txt");
        Map<String, Character> g = new HashMap<>();
        lines("given-names.tsv", l -> {
            String[] f = l.split("\t");
            g.put(f[0], f[1].charAt(0));
        });
        givenNames = Map.copyOf(g);
    }

    public static Lexicons get() {
        return INSTANCE;
    }

    public CueWord cue(String lowerWord) {
        return cues.get(lowerWord);
    }

    public boolean isTitle(String lowerWord) {
        String w = stripDot(lowerWord);
        if (titles.contains(w)) return true;
        // "secretary-general", "vice-president", "lieutenant-colonel": a compound of titles is one
        int dash = w.indexOf('-');
        if (dash <= 0 || dash == w.length() - 1) return false;
        // "sergeant-at-arms", "commander-in-chief", "editor-in-chief": a title and its phrase
        if (w.startsWith("at-", dash + 1) || w.startsWith("in-", dash + 1)) return titles.contains(w.substring(0, dash));
        for (int from = 0; from <= w.length(); ) { // each part, without splitting: this runs for every word scanned
            int to = w.indexOf('-', from);
            if (to < 0) to = w.length();
            if (!titles.contains(w.substring(from, to))) return false;
            from = to + 1;
        }
        return true;
    }

    public boolean isRole(String lowerWord) {
        // "the secretary-general", "the sergeant-at-arms": a compound title names the one who holds it
        return roles.contains(lowerWord) || roles.contains(singular(lowerWord)) || lowerWord.indexOf('-') > 0 && isTitle(lowerWord);
    }

    public boolean isOrganization(String lowerWord) {
        return organizations.contains(lowerWord) || organizations.contains(singular(lowerWord));
    }

    /** groups -> group, agencies -> agency, ministries -> ministry; other words as they are. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** 'm', 'f', or 0 when the name is not in the list. */
    public char gender(String lowerGivenName) {
        Character g = givenNames.get(lowerGivenName);
        return g == null ? 0 : g;
    }

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        lines(resource, out::add);
        return Set.copyOf(out);
    }

    private static void lines(String resource, Consumer<String> sink) {
        WordLists.lines(resource, sink);
    }
}
