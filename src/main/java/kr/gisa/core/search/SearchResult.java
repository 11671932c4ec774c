package kr.gisa.core.search;

import java.util.List;

/**
 * The answer to one query. {@code error} is a one-line message when the query had nothing to search
 * (then there are no hits); {@code notes} explain repairs (an unclosed quote, ignored particles) and
 * index state (read-only). {@code total} counts matching units exactly up to 1,000; beyond that it
 * is a lower bound and {@code totalExact} is false (show "1000+"). {@code relaxed} is true when too few units held every word, so hits that
 * miss some words are included, ranked by how many words they hold.
 */
public record SearchResult(String query, long total, boolean totalExact, List<SearchHit> hits, boolean relaxed,
                           List<String> notes, String error) {

    public SearchResult {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }

    static SearchResult failed(String query, List<String> notes, String error) {
        return new SearchResult(query, 0, true, List.of(), false, notes, error);
    }
}
