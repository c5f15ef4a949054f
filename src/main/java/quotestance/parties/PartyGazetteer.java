package quotestance.parties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.UserError;

/**
 * The parties and every way of writing them, indexed by first word for longest-first matching. Immutable
 * once built; the default one ({@code data/parties/parties.tsv}, packaged in the jar) is loaded once per JVM.
 */
public final class PartyGazetteer implements Serializable {
    public static final String DEFAULT_RESOURCE = "/quotestance/parties/parties.tsv";

    /** One way of writing a party, as the words it is matched on. */
    record Alias(Party party, String[] words, boolean caseSensitive) implements Serializable {
    }

    private final List<Party> parties;
    private final Map<String, List<Alias>> byFirstWord; // first word (lower-cased) -> aliases, longest first

    private PartyGazetteer(List<Party> parties) {
        this.parties = List.copyOf(parties);
        Map<String, Party> byAlias = new LinkedHashMap<>(); // later parties (the user's) take an alias over
        for (Party p : parties) {
            byAlias.put(p.name(), p);
            for (String a : p.aliases()) byAlias.put(a, p);
        }
        Map<String, List<Alias>> index = new HashMap<>();
        byAlias.forEach((alias, party) -> {
            List<String> forms = PartyWords.forms(alias);
            if (forms.isEmpty()) return;
            boolean caseSensitive = !alias.equals(alias.toLowerCase(Locale.ROOT));
            Alias a = new Alias(party, forms.toArray(String[]::new), caseSensitive);
            index.computeIfAbsent(forms.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
        });
        index.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.words().length, x.words().length)));
        this.byFirstWord = Map.copyOf(index);
    }

    public static PartyGazetteer defaults() {
        return DefaultHolder.GAZETTEER;
    }

    private static final class DefaultHolder {
        static final PartyGazetteer GAZETTEER = new PartyGazetteer(readDefault());
    }

    public List<Party> parties() {
        return parties;
    }

    /** Whether the words are exactly one way of writing a party ("United States", "North Korea"), in any case. */
    public boolean isName(List<String> words) {
        if (words.isEmpty()) return false;
        for (Alias a : startingWith(words.get(0))) {
            if (a.words().length != words.size()) continue;
            boolean same = true;
            for (int i = 0; i < words.size() && same; i++) same = a.words()[i].equalsIgnoreCase(words.get(i));
            if (same) return true;
        }
        return false;
    }

    /** The state a single word writes ("Iranian", "U.S.", "Iran's" without its 's), in any case; null for none. */
    public Party stateOfWord(String word) {
        for (Alias a : startingWith(word)) {
            if (a.words().length == 1 && a.words()[0].equalsIgnoreCase(word) && a.party().type().equals("state")) return a.party();
        }
        return null;
    }

    List<Alias> startingWith(String word) {
        return byFirstWord.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** The default parties with the user's added; a user party of the same name replaces the default one. */
    public static PartyGazetteer withOverrides(Path file) {
        Map<String, Party> merged = new LinkedHashMap<>();
        for (Party p : readDefault()) merged.put(p.name(), p);
        for (Party p : read(file)) {
            merged.remove(p.name());
            merged.put(p.name(), p);
        }
        return new PartyGazetteer(new ArrayList<>(merged.values()));
    }

    private static List<Party> readDefault() {
        try (InputStream in = PartyGazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            return readDelimited(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), '\t', DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a parties file: TSV or CSV with columns {@code canonical, type, aliases} (aliases separated by
     * {@code |}; a header line and {@code #} comments allowed), or JSON: an array (or lines) of objects
     * {@code {"name", "type", "aliases": [...]}}. A bad line fails with its line number.
     */
    public static List<Party> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".json") || name.endsWith(".jsonl")) return readJson(file);
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return readDelimited(r, name.endsWith(".csv") ? ',' : '\t', file.toString());
            }
        } catch (IOException e) {
            throw new UserError("cannot read --parties " + file + ": " + e.getMessage());
        }
    }

    private static List<Party> readDelimited(BufferedReader r, char separator, String where) throws IOException {
        List<Party> out = new ArrayList<>();
        int lineNumber = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNumber++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || lineNumber <= 10 && l.toLowerCase(Locale.ROOT).startsWith("canonical")) continue;
            String[] f = l.split(separator == '\t' ? "\t" : ",", 3);
            if (f.length < 2 || f[0].isBlank()) {
                throw new UserError(where + " line " + lineNumber + ": expected canonical" + separator + "type" + separator + "aliases");
            }
            String type = f[1].strip().toLowerCase(Locale.ROOT);
            if (!Party.TYPES.contains(type)) {
                throw new UserError(where + " line " + lineNumber + ": type must be state, organization or group, not '" + f[1].strip() + "'");
            }
            List<String> aliases = f.length < 3 ? List.of()
                    : Arrays.stream(f[2].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            out.add(new Party(f[0].strip(), type, aliases));
        }
        return out;
    }

    private static List<Party> readJson(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.stripLeading().startsWith("[")) {
            JsonNode array = json.readTree(text);
            for (int i = 0; i < array.size(); i++) {
                nodes.add(array.get(i));
                lines.add(i + 1);
            }
        } else {
            String[] ls = text.split("\n");
            for (int i = 0; i < ls.length; i++) {
                if (ls[i].isBlank()) continue;
                try {
                    nodes.add(json.readTree(ls[i]));
                } catch (IOException e) {
                    throw new UserError(file + " line " + (i + 1) + ": not JSON");
                }
                lines.add(i + 1);
            }
        }
        List<Party> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String what = file + (text.stripLeading().startsWith("[") ? " entry " : " line ") + lines.get(i);
            if (!n.isObject() || !n.path("name").isTextual() || n.path("name").asText().isBlank()) {
                throw new UserError(what + ": expected an object with a \"name\"");
            }
            String type = n.path("type").asText("state").toLowerCase(Locale.ROOT);
            if (!Party.TYPES.contains(type)) throw new UserError(what + ": type must be state, organization or group");
            List<String> aliases = new ArrayList<>();
            for (JsonNode a : n.path("aliases")) if (a.isTextual() && !a.asText().isBlank()) aliases.add(a.asText().strip());
            out.add(new Party(n.get("name").asText().strip(), type, aliases));
        }
        return out;
    }
}
