package quotestance.model;

public enum SpeakerType {
    PERSON, ORGANIZATION, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type of a {@link #label()}; unknown for anything else. */
    public static SpeakerType ofLabel(String label) {
        for (SpeakerType t : values()) if (t.label().equals(label)) return t;
        return UNKNOWN;
    }

    /** What a named speaker's id starts with: {@code person:}, {@code org:}, or {@code name:} when the type is unknown. */
    public String idPrefix() {
        return switch (this) {
            case PERSON -> "person:";
            case ORGANIZATION -> "org:";
            case UNKNOWN -> "name:";
        };
    }
}
