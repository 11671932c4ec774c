package kr.gisa.core.search;

/**
 * Why a query typed has nothing to search, each with its one-line English message: what the command
 * line and the JSON output say. The window reads the problem back from that line ({@link #of}) and
 * shows it in its own language (message keys {@code query.problem.NAME}, argument {0}).
 */
public enum QueryProblem {
    EMPTY("type a word to search for"),
    ONLY_OPERATORS("no word to search for in %s (only operators): type a word to search for"),
    ONLY_EXCLUSIONS("a query of only exclusions (-word) finds nothing: add a word to search for"),
    NOTHING_SEARCHABLE("the query has nothing searchable: add a noun, name or number to search for"),
    ONLY_PARTICLES("the query has only particles or endings (%s): add a noun, name or number to search for"),
    TOO_COMPLEX("the query is too complex: use fewer words or longer prefixes");

    private final MessageLine template;

    QueryProblem(String template) {
        this.template = new MessageLine(template);
    }

    /** The message, with {@code argument} in its place if it takes one. */
    public String text(String argument) {
        return template.text(argument);
    }

    public String text() {
        return text("");
    }

    /** The problem a message states, or null when it is no query problem (an index that cannot be read). */
    public static QueryProblem of(String message) {
        for (QueryProblem p : values()) if (p.argument(message) != null) return p;
        return null;
    }

    /** The argument in a message of this problem ("" when it takes none), or null when the message is not this problem's. */
    public String argument(String message) {
        return template.argument(message);
    }
}
