package kr.gisa.core.search;

import java.util.List;

/**
 * The parsed form of a query, before analysis. A leaf's {@code field} is null for free text or one of
 * {@link #FILTER_FIELDS} for a field filter such as {@code title:엔비디아}.
 */
public sealed interface QueryNode {

    /** Field filters users can type, as {@code field:word}. */
    List<String> FILTER_FIELDS = List.of("title", "section", "caption", "publisher");

    /** A word; {@code prefix} when typed as {@code word*}. */
    record Word(String text, boolean prefix, String field) implements QueryNode {
    }

    /** A "quoted phrase". */
    record Phrase(String text, String field) implements QueryNode {
    }

    /** -exclusion. */
    record Not(QueryNode node) implements QueryNode {
    }

    /** Implicit AND of the parts. */
    record All(List<QueryNode> parts) implements QueryNode {
    }

    /** a OR b. */
    record Any(List<QueryNode> parts) implements QueryNode {
    }
}
