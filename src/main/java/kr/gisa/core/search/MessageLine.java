package kr.gisa.core.search;

/**
 * A one-line English message with one argument (in every {@code %s}, the same), which it can be read
 * back from: how {@link QueryProblem} and {@link QueryNote} let the window say them in its language.
 */
final class MessageLine {

    private final String[] parts;

    MessageLine(String template) {
        this.parts = template.split("%s", -1);
    }

    String text(String argument) {
        return String.join(argument, parts);
    }

    /** The argument ("" when the line takes none), or null when {@code message} is not this line's. */
    String argument(String message) {
        if (message == null) return null;
        if (parts.length == 1) return message.equals(parts[0]) ? "" : null;
        String first = parts[0], last = parts[parts.length - 1];
        if (message.length() < first.length() + last.length() || !message.startsWith(first) || !message.endsWith(last)) {
            return null;
        }
        int end = parts.length == 2 ? message.length() - last.length() : message.indexOf(parts[1], first.length());
        if (end < first.length()) return null;
        String argument = message.substring(first.length(), end);
        return text(argument).equals(message) ? argument : null;
    }
}
