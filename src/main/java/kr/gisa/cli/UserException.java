package kr.gisa.cli;

/** A failure the user caused (bad file, bad query…): printed as one line, exit code 1. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
