package quotestance.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import quotestance.lexicon.WordLists;
import quotestance.model.SpeakerType;
import quotestance.speakers.NameKey;

/**
 * Decides which corpus-wide speaker each name form of one surname stands for. Only forms that share a surname
 * (and suffix) are ever compared, so the work grows with the forms of a surname, not with the corpus.
 * <ol>
 * <li>Names of two words or more, most frequent first, each join the most frequent earlier head whose words
 * contain theirs or are contained in theirs, allowing a small spelling difference in a long word
 * ({@code John F. Kerry}, {@code Secretary John Kerry}, {@code Jon Kerry}); else they head a speaker of their
 * own. Joining heads only, never a chain of forms, keeps {@code John Smith} and {@code Paul Smith} apart even
 * when {@code John Paul Smith} contains both.</li>
 * <li>The type of a speaker is the one most of its articles gave it (a person is a person in every article).</li>
 * <li>A surname alone joins the person of that surname whose full name holds at least {@link #DOMINANT} of the
 * surname's full-name articles; otherwise it keeps an id of its own ({@code surname-ambiguous}) and lists the
 * candidates, so that an article's titles can still choose. A word that names a party (a country, a body) or a
 * group of people ({@code Republicans}: identity/group-words.txt) never joins a person.</li>
 * </ol>
 */
public final class SurnameGroup {
    /** The share of a surname's full-name articles its most frequent bearer needs to take the surname alone. */
    public static final double DOMINANT = 0.8;
    /** Titles kept per candidate: enough for the common ones, small in the decision rows. */
    private static final int CANDIDATE_TITLES = 12;
    private static final int MAX_CANDIDATES = 8;
    /** One-word names of groups ("Republicans"): never a surname. */
    private static final Set<String> GROUP_WORDS = WordLists.load("identity/group-words");

    private SurnameGroup() {
    }

    /**
     * The corpus-wide speaker of each name of each article in {@code rows}, all of one surname: their forms are
     * counted, decided by {@link #resolve}, and a surname alone whose titles in its article are shared by exactly
     * one of the surname's candidates goes to that one ({@code surname-titles}). One answer per article and name,
     * from the article speaker with the smallest {@code localId}.
     */
    public static List<Assignment> assign(List<ArticleName> rows, Predicate<String> partyWord) {
        Map<String, List<ArticleName>> byForm = new TreeMap<>();
        for (ArticleName r : rows) byForm.computeIfAbsent(r.form().formKey(), k -> new ArrayList<>()).add(r);
        List<FormStats> stats = new ArrayList<>();
        byForm.forEach((key, rs) -> stats.add(stats(key, rs)));
        Map<String, FormDecision> decisions = new HashMap<>();
        for (FormDecision d : resolve(stats, partyWord)) decisions.put(d.formKey(), d);

        Map<String, ArticleName> first = new TreeMap<>();
        for (ArticleName r : rows) {
            first.merge(r.articleId() + "\u0000" + r.name(), r, (a, b) -> a.localId().compareTo(b.localId()) <= 0 ? a : b);
        }
        List<Assignment> out = new ArrayList<>(first.size());
        for (ArticleName r : first.values()) {
            FormDecision d = decisions.get(r.form().formKey());
            String byTitles = byTitles(d, r.titles());
            if (byTitles != null && !byTitles.equals(d.speakerId())) {
                out.add(new Assignment(r.articleId(), r.name(), byTitles, "person", "surname-titles", d.share()));
            } else {
                out.add(new Assignment(r.articleId(), r.name(), d.speakerId(), d.type(), d.identity(), d.share()));
            }
        }
        return out;
    }

    /** The one candidate that shares a title with the article's speaker; null for none or several. */
    private static String byTitles(FormDecision d, List<String> titles) {
        if (titles.isEmpty() || d.candidates().isEmpty()) return null;
        String found = null;
        for (FormDecision.Candidate c : d.candidates()) {
            boolean shares = false;
            for (String t : titles) if (c.titles().contains(t)) shares = true;
            if (!shares) continue;
            if (found != null) return null;
            found = c.speakerId();
        }
        return found;
    }

    private static FormStats stats(String formKey, List<ArticleName> rows) {
        Map<String, Long> spellings = new TreeMap<>();
        Map<String, Long> titles = new HashMap<>();
        Set<String> articles = new HashSet<>();
        long quotes = 0;
        long persons = 0;
        long bodies = 0;
        for (ArticleName r : rows) {
            spellings.merge(r.form().idText(), 1L, Long::sum);
            for (String t : r.titles()) titles.merge(t, 1L, Long::sum);
            articles.add(r.articleId());
            quotes += r.quotes();
            if ("person".equals(r.localType())) persons++;
            if ("organization".equals(r.localType())) bodies++;
        }
        NameForm form = rows.get(0).form();
        return new FormStats(formKey, form.surnameKey(), mostFrequent(spellings), form.key(), articles.size(), quotes, persons, bodies,
                mostFrequentFirst(titles, CANDIDATE_TITLES));
    }

    private static String mostFrequent(Map<String, Long> counts) {
        return mostFrequentFirst(counts, 1).get(0);
    }

    private static List<String> mostFrequentFirst(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** @param partyWord whether a one-word name is a party's name ("Israel", "Hamas") */
    public static List<FormDecision> resolve(List<FormStats> forms, Predicate<String> partyWord) {
        List<FormStats> full = new ArrayList<>();
        List<FormStats> singles = new ArrayList<>();
        for (FormStats f : forms) (f.single() ? singles : full).add(f);
        full.sort(BY_FREQUENCY);

        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> clusterOf = new LinkedHashMap<>();
        for (FormStats f : full) {
            Cluster home = null;
            for (Cluster c : clusters) {
                if (compatible(f.key(), c.head.key())) {
                    home = c;
                    break; // clusters are in order of their heads' frequency
                }
            }
            if (home == null) {
                home = new Cluster(f);
                clusters.add(home);
            }
            home.add(f);
            clusterOf.put(f.formKey(), home);
        }

        List<FormDecision> out = new ArrayList<>();
        for (FormStats f : full) {
            Cluster c = clusterOf.get(f.formKey());
            out.add(new FormDecision(f.formKey(), c.id(), c.type(), "full-name", 1.0, List.of()));
        }
        List<Cluster> people = clusters.stream().filter(c -> c.type().equals("person")).sorted(BY_ARTICLES).toList();
        long peopleArticles = people.stream().mapToLong(c -> c.articles).sum();
        for (FormStats s : singles) {
            String ownType = type(s.persons(), s.bodies());
            String ownId = prefix(ownType) + s.idText();
            if (people.isEmpty() || partyWord.test(s.idText()) || GROUP_WORDS.contains(s.idText())) {
                out.add(new FormDecision(s.formKey(), ownId, ownType, "single-name", 1.0, List.of()));
                continue;
            }
            List<FormDecision.Candidate> candidates = new ArrayList<>();
            for (Cluster c : people.subList(0, Math.min(MAX_CANDIDATES, people.size()))) {
                candidates.add(new FormDecision.Candidate(c.id(), c.topTitles()));
            }
            Cluster top = people.get(0);
            double share = peopleArticles == 0 ? 0 : (double) top.articles / peopleArticles;
            if (share >= DOMINANT) {
                out.add(new FormDecision(s.formKey(), top.id(), "person", "surname-dominant", share, candidates));
            } else {
                out.add(new FormDecision(s.formKey(), prefix("person") + s.idText(), "person", "surname-ambiguous", share, candidates));
            }
        }
        return out;
    }

    /** score.py's sameness of names: one's words are all among the other's, the surnames being equal already. */
    static boolean compatible(List<String> a, List<String> b) {
        return NameKey.contained(a, b) || NameKey.contained(b, a);
    }

    static String type(long persons, long bodies) {
        if (persons == 0 && bodies == 0) return "unknown";
        return persons >= bodies ? "person" : "organization";
    }

    static String prefix(String type) {
        return SpeakerType.ofLabel(type).idPrefix();
    }

    private static final Comparator<FormStats> BY_FREQUENCY = Comparator.comparingLong((FormStats f) -> -f.articles())
            .thenComparingLong(f -> -f.quotes()).thenComparing(FormStats::formKey);
    private static final Comparator<Cluster> BY_ARTICLES = Comparator.comparingLong((Cluster c) -> -c.articles)
            .thenComparing(Cluster::id);

    /** The forms that one head gathered. */
    private static final class Cluster {
        final FormStats head;
        long articles;
        long persons;
        long bodies;
        final Map<String, Long> titles = new HashMap<>();

        Cluster(FormStats head) {
            this.head = head;
        }

        void add(FormStats f) {
            articles += f.articles();
            persons += f.persons();
            bodies += f.bodies();
            for (String t : f.titles()) titles.merge(t, f.articles(), Long::sum);
        }

        String type() {
            return SurnameGroup.type(persons, bodies);
        }

        String id() {
            return prefix(type()) + head.idText();
        }

        List<String> topTitles() {
            return mostFrequentFirst(titles, CANDIDATE_TITLES);
        }
    }
}
