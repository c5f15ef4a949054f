package quotestance.model;

public enum SpeakerType {
    PERSON, ORGANIZATION, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
