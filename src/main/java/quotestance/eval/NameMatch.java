package quotestance.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The speaker-name comparison of {@code ../shared/eval/score.py}, rule for rule. */
final class NameMatch {
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "president", "prime", "minister",
            "gen", "general", "maj", "major", "col", "colonel", "lt", "capt", "sen", "senator",
            "rep", "gov", "governor", "secretary", "the", "defense", "defence", "foreign",
            "chief", "spokesman", "spokeswoman", "spokesperson", "ambassador", "king", "queen",
            "prince", "sheikh", "ayatollah");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private NameMatch() {
    }

    static List<String> nameTokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null || name.isEmpty()) return out;
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                        && Character.getType(cp) != Character.ENCLOSING_MARK && Character.getType(cp) != Character.COMBINING_SPACING_MARK)
                .forEach(b::appendCodePoint);
        s = b.toString().toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            if (!TITLES.contains(m.group())) out.add(m.group());
        }
        return out;
    }

    static String squash(String token) {
        return DOUBLED.matcher(token).replaceAll("$1");
    }

    static boolean sameToken(String a, String b) {
        if (a.equals(b)) return true;
        a = squash(a);
        b = squash(b);
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) diff++;
            return diff == 1;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        for (int i = 0; i < b.length(); i++) {
            if ((b.substring(0, i) + b.substring(i + 1)).equals(a)) return true;
        }
        return false;
    }

    private static boolean contained(List<String> small, List<String> big) {
        for (String t : small) {
            boolean any = false;
            for (String u : big) {
                if (sameToken(t, u)) {
                    any = true;
                    break;
                }
            }
            if (!any) return false;
        }
        return true;
    }

    static boolean samePerson(String gold, String pred) {
        List<String> g = nameTokens(gold);
        List<String> p = nameTokens(pred);
        if (g.isEmpty() || p.isEmpty()) return false;
        if (g.equals(p)) return true;
        return sameToken(g.get(g.size() - 1), p.get(p.size() - 1)) && (contained(g, p) || contained(p, g));
    }
}
