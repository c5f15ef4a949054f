package quotestance.parties;

import java.io.Serializable;
import java.util.List;

/** A party that stances are taken toward: a state, an international organisation or a non-state group. */
public record Party(String name, String type, List<String> aliases) implements Serializable {
    public static final List<String> TYPES = List.of("state", "organization", "group");

    public Party {
        aliases = List.copyOf(aliases);
    }
}
