package quotestance;

/** A mistake the user can fix (an option, a path, an existing output): reported as one line, no stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
