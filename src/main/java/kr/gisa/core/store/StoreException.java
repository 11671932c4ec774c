package kr.gisa.core.store;

/** A user-facing failure of the library (missing, unreadable or malformed article): the message is one line. */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
