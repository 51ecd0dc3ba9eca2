package app.frontoffice.sheets.domain;

/**
 * A write that did not happen. {@code status} is the HTTP status, or 0 for an I/O failure. Every
 * failure is retried (nothing is acknowledged until written); {@code transient} only says whether
 * waiting is likely to fix it (429, 5xx, I/O) or a person has to (a wrong key, no permission).
 */
public class SheetWriteException extends Exception {

    private final int status;

    public SheetWriteException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isTransient() {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }
}
