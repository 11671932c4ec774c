package kr.gisa.core.search;

/**
 * What the parser repaired or left out of a query, each with its one-line English note: what the
 * command line and the JSON output say. The window reads the note back from that line ({@link #of})
 * and shows it in its own language (message keys {@code query.note.NAME}, argument {0}).
 */
public enum QueryNote {
    UNMATCHED_PAREN("unmatched ) ignored"),
    TOO_LONG("the query is longer than %s characters: only the first %s are searched"),
    UNCLOSED_QUOTE("unclosed quote: the phrase runs to the end of the query"),
    LONELY_OR("OR needs a word on each side: ignored"),
    NEEDS_WORD_AFTER("%s needs a word after it: ignored"),
    UNCLOSED_PAREN("unclosed ( : closed at the end of the query"),
    TOO_MANY_WORDS("only the first %s words are searched"),
    STRAY_STAR("* needs letters before it: ignored"),
    NOT_SEARCHED("not searched: %s (particles, endings and other function words)"),
    EXCLUSION_IN_GROUP("an exclusion inside OR or parentheses is ignored");

    private final MessageLine template;

    QueryNote(String template) {
        this.template = new MessageLine(template);
    }

    public String text(Object argument) {
        return template.text(String.valueOf(argument));
    }

    public String text() {
        return text("");
    }

    /** The note a line states, or null when it is none of these (an index's note). */
    public static QueryNote of(String line) {
        for (QueryNote n : values()) if (n.argument(line) != null) return n;
        return null;
    }

    /** The argument in a line of this note ("" when it takes none), or null when the line is not this note. */
    public String argument(String line) {
        return template.argument(line);
    }
}
