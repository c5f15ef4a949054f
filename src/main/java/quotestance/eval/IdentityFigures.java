package quotestance.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import quotestance.UserError;
import quotestance.lexicon.WordLists;
import quotestance.output.CurrentRun;

/**
 * How well a run's tables keep one person under one id, measured from its {@code quotes} without trusting the
 * merge: for the most quoted people, every quote whose resolved speaker name is that person by
 * {@code score.py}'s name matching, and the share of those that carry the person's main {@code speaker_id}.
 * Also the quotes whose named speaker is a headline fragment or a caption label, and the privacy-policy boilerplate
 * read as quotes.
 */
public final class IdentityFigures {
    private static final Set<String> EDGE_WORDS = WordLists.load("eval/speaker-edge-words");
    private static final List<Pattern> CAPTIONS = WordLists.entries("eval/caption-patterns.txt").stream()
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019-]+");

    private IdentityFigures() {
    }

    /** Quotes of one resolved speaker name under one id. */
    public record SpeakerCount(String speaker, String speakerId, String type, long quotes) {
    }

    /** One of the most quoted people: {@code matched} quotes name them, {@code underMain} of those carry {@code id}. */
    public record Person(String id, String name, long matched, long underMain, int ids, List<String> otherIds) {
        public double share() {
            return matched == 0 ? 0 : (double) underMain / matched;
        }
    }

    public record Figures(List<Person> top, long quotes, long junkSpeakerQuotes, long privacyQuotes,
                          List<String> junkExamples) {
        public double meanShare() {
            return top.stream().mapToDouble(Person::share).average().orElse(0);
        }

        public double minShare() {
            return top.stream().mapToDouble(Person::share).min().orElse(0);
        }

        public double junkShare() {
            return quotes == 0 ? 0 : (double) junkSpeakerQuotes / quotes;
        }
    }

    /** Reads the current run of an output folder. */
    public static Figures read(SparkSession spark, String output, int topN) {
        String dir = CurrentRun.folder(output, spark.sparkContext().hadoopConfiguration());
        try {
            spark.read().option("basePath", dir + "/quotes").parquet(dir + "/quotes").createOrReplaceTempView("quotes");
        } catch (RuntimeException e) {
            throw new UserError("cannot read table quotes in " + dir + " (run the job first)");
        }
        List<SpeakerCount> counts = new ArrayList<>();
        for (Row r : spark.sql("SELECT speaker, speaker_id, speaker_type, count(*) FROM quotes "
                + "WHERE speaker IS NOT NULL AND speaker_id IS NOT NULL GROUP BY speaker, speaker_id, speaker_type").collectAsList()) {
            counts.add(new SpeakerCount(r.getString(0), r.getString(1), r.getString(2), r.getLong(3)));
        }
        Row totals = spark.sql("SELECT count(*), count_if(lower(text) LIKE '%privacy policy%') FROM quotes").first();
        return compute(counts, totals.getLong(0), totals.getLong(1), topN);
    }

    static Figures compute(List<SpeakerCount> counts, long quotes, long privacyQuotes, int topN) {
        Map<String, Long> byId = new HashMap<>();
        Map<String, Map<String, Long>> typesById = new HashMap<>();
        Map<String, Map<String, Long>> namesById = new HashMap<>();
        Map<String, Long> byName = new TreeMap<>();
        long junk = 0;
        Map<String, Long> junkNames = new TreeMap<>();
        for (SpeakerCount c : counts) {
            byId.merge(c.speakerId(), c.quotes(), Long::sum);
            typesById.computeIfAbsent(c.speakerId(), k -> new HashMap<>()).merge(String.valueOf(c.type()), c.quotes(), Long::sum);
            namesById.computeIfAbsent(c.speakerId(), k -> new HashMap<>()).merge(c.speaker(), c.quotes(), Long::sum);
            byName.merge(c.speaker(), c.quotes(), Long::sum);
            if (!c.speakerId().startsWith("article:") && isJunk(c.speaker())) {
                junk += c.quotes();
                junkNames.merge(c.speaker(), c.quotes(), Long::sum);
            }
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort(Comparator.comparing((String id) -> -byId.get(id)).thenComparing(id -> id));
        List<Person> top = new ArrayList<>();
        List<String> chosenNames = new ArrayList<>();
        for (String id : ids) {
            if (top.size() == topN) break;
            if (!"person".equals(mostFrequent(typesById.get(id)))) continue;
            String name = fullestName(namesById.get(id));
            if (NameMatch.nameTokens(name).size() < 2) continue; // a surname alone does not say who the person is
            if (chosenNames.stream().anyMatch(n -> NameMatch.samePerson(n, name))) continue;
            chosenNames.add(name);
            long matched = 0;
            long underMain = 0;
            Map<String, Long> others = new HashMap<>();
            for (SpeakerCount c : counts) {
                if (!NameMatch.samePerson(name, c.speaker())) continue;
                matched += c.quotes();
                if (c.speakerId().equals(id)) underMain += c.quotes();
                else others.merge(c.speakerId(), c.quotes(), Long::sum);
            }
            List<String> otherIds = new ArrayList<>(others.keySet());
            otherIds.sort(Comparator.comparing((String o) -> -others.get(o)).thenComparing(o -> o));
            top.add(new Person(id, name, matched, underMain, 1 + otherIds.size(),
                    otherIds.stream().limit(5).map(o -> o + " (" + others.get(o) + ")").toList()));
        }
        List<String> examples = junkNames.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        return new Figures(top, quotes, junk, privacyQuotes, examples);
    }

    /** A speaker name that starts or ends with a function word or headline verb, or is a caption label. */
    static boolean isJunk(String speaker) {
        for (Pattern p : CAPTIONS) if (p.matcher(speaker).find()) return true;
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(speaker);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        if (words.size() < 2) return false;
        return EDGE_WORDS.contains(words.get(0)) || EDGE_WORDS.contains(words.get(words.size() - 1));
    }

    private static String mostFrequent(Map<String, Long> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    /** The most frequent name of two tokens or more, else the most frequent. */
    private static String fullestName(Map<String, Long> names) {
        Map<String, Long> full = new LinkedHashMap<>();
        names.forEach((n, q) -> {
            if (NameMatch.nameTokens(n).size() >= 2) full.put(n, q);
        });
        return mostFrequent(full.isEmpty() ? names : full);
    }

    public static String format(Figures f) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "== speaker identity: %,d quotes%n", f.quotes()));
        b.append(String.format(Locale.ROOT, "  %-34s %-34s %7s %7s %6s %4s  %s%n", "person", "main id", "quotes", "main", "share", "ids",
                "other ids (quotes)"));
        for (Person p : f.top()) {
            b.append(String.format(Locale.ROOT, "  %-34s %-34s %7d %7d %6.3f %4d  %s%n", p.name(), p.id(), p.matched(), p.underMain(),
                    p.share(), p.ids(), String.join(", ", p.otherIds())));
        }
        b.append(String.format(Locale.ROOT, "  share under the main id over the top %d: mean %.3f, min %.3f%n", f.top().size(),
                f.meanShare(), f.minShare()));
        b.append(String.format(Locale.ROOT, "  quotes whose speaker is a headline fragment or caption: %,d (%.2f%%)%s%n",
                f.junkSpeakerQuotes(), 100 * f.junkShare(), f.junkExamples().isEmpty() ? "" : ", e.g. " + String.join("; ", f.junkExamples())));
        b.append(String.format(Locale.ROOT, "  quotes containing \"privacy policy\": %,d%n", f.privacyQuotes()));
        return b.toString();
    }
}
