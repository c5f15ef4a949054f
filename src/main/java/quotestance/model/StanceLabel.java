package quotestance.model;

public enum StanceLabel {
    NEGATIVE, NEUTRAL, POSITIVE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
