package quotestance.lexicon;

import java.util.Arrays;
import java.util.Set;

/** Word sets written by hand: a repeated word is harmless, unlike in {@code Set.of}. */
public final class Words {
    private Words() {
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** The words of both sets. */
    public static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
