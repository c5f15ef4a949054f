package quotestance.speakers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import quotestance.lexicon.WordLists;

/**
 * Folds a name to the tokens that identify it across spellings: accents, case, possessive 's and
 * punctuation go; doubled letters fold (Ayyoub = Ayoub); the article prefix of Arabic names goes (al-Assad =
 * Assad); common transliterations of a few very frequent names meet (Mohammad = Mohammed = Muhammad).
 */
public final class NameKey {
    /** Spellings of very frequent names and the key they meet in ("mohammed" -> "muhamad"): speakers/name-variants.tsv. */
    private static final Map<String, String> VARIANTS = variants();

    private NameKey() {
    }

    /** Short forms of given names and the formal name they stand for ("joe" -> "joseph"): speakers/nicknames.tsv. */
    private static final Map<String, String> NICKNAMES = pairs("speakers/nicknames.tsv");

    private static Map<String, String> variants() {
        Map<String, String> out = new HashMap<>(pairs("speakers/nicknames.tsv"));
        out.putAll(pairs("speakers/name-variants.tsv"));
        return Map.copyOf(out);
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> out = new HashMap<>();
        WordLists.lines(file, line -> {
            String[] f = line.split("\t");
            out.put(f[0], f[1]);
        });
        return Map.copyOf(out);
    }

    /**
     * Whether {@code candidate} writes the same name as {@code current} with the formal given name where
     * {@code current} has a short form ("Joseph Dunford" for "Joe Dunford"): the form that names the speaker.
     */
    public static boolean formalFormOf(String candidate, String current) {
        String[] a = candidate.strip().split("\\s+");
        String[] b = current.strip().split("\\s+");
        if (a.length != b.length || a.length < 2) return false;
        String formal = doubledFolded(foldedLowerCase(a[0]));
        String shortForm = doubledFolded(foldedLowerCase(b[0]));
        return !NICKNAMES.containsKey(formal) && formal.equals(NICKNAMES.get(shortForm));
    }

    /** The folded tokens of a name, titles not removed (callers pass names without titles). */
    public static List<String> tokens(String name) {
        String s = foldedLowerCase(name);
        List<String> out = new ArrayList<>(4);
        StringBuilder token = new StringBuilder(16);
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            // a possessive 's at a word's end goes with its apostrophe ("Ruiz's" is Ruiz)
            if ((c == '\'' || c == '\u2019') && i + 1 < n && s.charAt(i + 1) == 's' && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                token.append(c);
                continue;
            }
            if (token.length() > 0) {
                String t = token.toString();
                token.setLength(0);
                if (t.equals("al") || t.equals("el")) continue; // al-Assad is Assad
                t = squash(t);
                out.add(VARIANTS.getOrDefault(t, t));
            }
        }
        return out;
    }

    /** Lower case with accents stripped; a text without accents or marks is only lower-cased. */
    private static String foldedLowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
                StringBuilder sb = new StringBuilder(d.length());
                for (int k = 0; k < d.length(); k++) {
                    char c = d.charAt(k);
                    int type = Character.getType(c);
                    if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) sb.append(c);
                }
                return sb.toString().toLowerCase(Locale.ROOT);
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** The key of a whole name: its folded tokens joined by '-'. */
    public static String key(String name) {
        return String.join("-", tokens(name));
    }

    static String squash(String t) {
        String s = doubledFolded(t);
        String v = VARIANTS.get(s);
        return v != null ? v : s;
    }

    /** The token with doubled letters folded (Ayyoub = Ayoub), no variants. */
    private static String doubledFolded(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        char prev = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != prev) sb.append(c);
            prev = c;
        }
        return sb.toString();
    }

    /** Same token, or one edit apart when both have five letters or more (Mohammad/Mohammed after folding). */
    public static boolean sameToken(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) diff++;
            return diff == 1;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        // one deletion from the longer gives the shorter: skip the first difference, the rest must match
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) i++;
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    /** One name's tokens all within the other's, ending in the same surname: the same person. */
    public static boolean samePerson(List<String> a, List<String> b) {
        return samePerson(a, joinedSurname(a), b, joinedSurname(b));
    }

    /**
     * {@link #samePerson(List, List)} with each name's {@link #joinedSurname(List)} computed once by the caller:
     * this runs for every pair of names an article holds.
     */
    public static boolean samePerson(List<String> a, String aJoined, List<String> b, String bJoined) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (sameToken(a.get(a.size() - 1), b.get(b.size() - 1))) return contained(a, b) || contained(b, a);
        // "Amirabdollahian" for Hossein Amir-Abdollahian: a compound surname written as one word
        return joinedSurnameOf(a, b, bJoined) || joinedSurnameOf(b, a, aJoined);
    }

    /** The last two tokens written as one word ("amir" "abdollahian" gives "amirabdolahian"); null for fewer. */
    public static String joinedSurname(List<String> tokens) {
        if (tokens.size() < 2) return null;
        String joined = squash(tokens.get(tokens.size() - 2) + tokens.get(tokens.size() - 1));
        return joined.length() >= 8 ? joined : null;
    }

    private static boolean joinedSurnameOf(List<String> one, List<String> two, String twoJoined) {
        return twoJoined != null && sameToken(one.get(one.size() - 1), twoJoined)
                && contained(one.subList(0, one.size() - 1), two.subList(0, two.size() - 2));
    }

    /** Every token of {@code small} is among {@code big}'s, allowing {@link #sameToken}'s small spelling difference. */
    public static boolean contained(List<String> small, List<String> big) {
        for (String s : small) {
            boolean found = false;
            for (String t : big) {
                if (sameToken(s, t)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }
}
