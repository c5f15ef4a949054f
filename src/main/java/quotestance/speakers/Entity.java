package quotestance.speakers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import quotestance.model.SpeakerType;

/**
 * One speaker (or candidate speaker) of one article while the resolver builds it. Its fields change as the article
 * is read; it belongs to one call's {@link ArticleEntities} and is never shared between calls.
 */
final class Entity {
    String name;              // the fullest form seen, or the description as written
    List<String> tokens;      // NameKey tokens of the name; empty for descriptions
    final boolean named;
    SpeakerType type;
    char gender;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
    final Set<String> heads = new LinkedHashSet<>();
    int lastSeen = -1;
    int lastSalient = -1;
    int quotes;
    /** How often it was seen in the article so far, and how many quotes were given to it so far. */
    int sightings;
    int spoken;

    private List<String> joinedOf;
    private String joined;

    /** {@link NameKey#joinedSurname(List)} of the tokens, kept until the tokens change. */
    String joinedSurname() {
        if (joinedOf != tokens) {
            joined = NameKey.joinedSurname(tokens);
            joinedOf = tokens;
        }
        return joined;
    }

    Entity(String name, List<String> tokens, boolean named, SpeakerType type, char gender) {
        this.name = name;
        this.tokens = tokens;
        this.named = named;
        this.type = type;
        this.gender = gender;
    }

    /** Mentioned at {@code at}: a pronoun or a title after it may point here. */
    void seenAt(int at) {
        lastSeen = Math.max(lastSeen, at);
        sightings++;
    }

    /** Prominent at {@code at} (speaking, or the subject that opens a sentence): what a pronoun after it prefers. */
    void salientAt(int at) {
        lastSalient = Math.max(lastSalient, at);
    }

    boolean fitsPronoun(String pronoun) {
        return switch (pronoun) {
            case "he" -> personLike() && gender != 'f';
            case "she" -> personLike() && gender != 'm';
            case "it" -> type == SpeakerType.ORGANIZATION // "Facebook said ... It also told": a one-word name no person has
                    || type == SpeakerType.UNKNOWN && named && !personLike() && gender == 0 && titles.isEmpty();
            case "they" -> type == SpeakerType.ORGANIZATION || !named && type != SpeakerType.PERSON || isPlural();
            default -> false;
        };
    }

    private boolean personLike() {
        if (!named && isPlural()) return false; // "officials" is not a "he"
        if (type == SpeakerType.PERSON) return true;
        return type == SpeakerType.UNKNOWN && named && (tokens.size() >= 2 || gender != 0 || !titles.isEmpty());
    }

    private boolean isPlural() {
        for (String h : heads) if (h.endsWith("s") && !h.endsWith("ss")) return true;
        return false;
    }
}
