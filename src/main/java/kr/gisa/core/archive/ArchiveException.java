package kr.gisa.core.archive;

/**
 * A user-facing failure of a shared archive: unreachable or wrong URL, a collection without the Gisa
 * schema, a cluster that went away. The message is one line and says what to do; the local library
 * is never touched by such a failure.
 */
public class ArchiveException extends Exception {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
