package quotestance.speakers;

import java.util.Locale;

import quotestance.lexicon.Lexicons;
import quotestance.model.Span;
import quotestance.model.Tokens;

/**
 * A role that opens a sentence. "The mayor ..." makes the mayor named before the one a later "he" or "she"
 * points to; "An Israeli official ..." brings in someone unnamed, so "the official" after it is no longer the
 * official named before.
 */
final class RoleSubjects {
    private static final Lexicons LEX = Lexicons.get();

    private RoleSubjects() {
    }

    /** "the mayor" (or "On Dec. 13, the mayor") opening a sentence, as [the, role] token span; null otherwise. */
    static Span definite(String text, Tokens tok) {
        int k = 0;
        int n = tok.size();
        if (n > 2 && text.regionMatches(true, tok.start(0), "on", 0, 2) || n > 2 && text.regionMatches(true, tok.start(0), "in", 0, 2)) {
            int comma = 1;
            while (comma < Math.min(n, 8) && text.charAt(tok.start(comma)) != ',') comma++;
            if (comma >= Math.min(n, 8)) return null;
            k = comma + 1;
        }
        if (k + 1 >= n || !text.regionMatches(true, tok.start(k), "the", 0, 3) || tok.end(k) - tok.start(k) != 3) return null;
        String role = text.substring(tok.start(k + 1), tok.end(k + 1));
        if (!LEX.isRole(role.toLowerCase(Locale.ROOT)) || Character.isUpperCase(role.charAt(0))) return null;
        return new Span(tok.start(k), tok.end(k + 1));
    }

    /** "An Israeli official", "A senior official" opening a sentence: the span up to the role; null otherwise. */
    static Span indefinite(String text, Tokens tok) {
        int n = tok.size();
        if (n < 3) return null;
        String first = text.substring(tok.start(0), tok.end(0)).toLowerCase(Locale.ROOT);
        if (!first.equals("a") && !first.equals("an")) return null;
        for (int k = 1; k < Math.min(n, 5); k++) {
            String w = text.substring(tok.start(k), tok.end(k));
            if (LEX.isRole(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) return new Span(tok.start(0), tok.end(k));
            if (!Character.isLetter(w.charAt(0))) return null;
        }
        return null;
    }

    /** "The mayor" at {@code at}: the named entity seen last with that title becomes prominent. */
    static void holderIsSubject(ArticleEntities article, Span phrase, int at) {
        String role = roleWord(article.text(), phrase);
        Entity holder = null;
        for (Entity e : article.recent()) {
            if (!e.named || e.lastSeen >= at) continue;
            boolean holds = false;
            for (String title : e.titles) holds |= Descriptions.titleHead(title).equals(role);
            if (holds && (holder == null || e.lastSeen > holder.lastSeen)) holder = e;
        }
        if (holder != null) holder.salientAt(at);
    }

    /** "An Israeli official" at {@code at}: someone unnamed now holds the role. */
    static void newHolder(ArticleEntities article, Span phrase, int at) {
        article.roleTakenUp(roleWord(article.text(), phrase), at);
    }

    /** The phrase's last word, in lower case: the role. */
    private static String roleWord(String text, Span phrase) {
        String p = text.substring(phrase.start(), phrase.end()).toLowerCase(Locale.ROOT);
        return p.substring(p.lastIndexOf(' ') + 1);
    }
}
