package app.frontoffice.sim.sheets;

/**
 * An error answered in Google's JSON error shape ({@link GoogleErrors}). Thrown anywhere below the
 * {@link ApiHandler} and turned into the HTTP response there.
 */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
