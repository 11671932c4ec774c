package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One query string made ready for an engine: parsed and compiled with the given analysis, with its
 * notes (repairs, ignored particles) and its error, and the rules every engine follows to run it —
 * how many hits, when to relax — so the embedded index and a SolrCloud archive give the same result
 * for the same query.
 */
public final class SearchPlan {

    /** The note a relaxed result carries. */
    public static final String RELAXED_NOTE =
            "few results hold every word: results missing some words are included, most words first";

    private final String query;
    private final QueryCompiler.Compiled compiled;

    private SearchPlan(String query, QueryCompiler.Compiled compiled) {
        this.query = query;
        this.compiled = compiled;
    }

    public static SearchPlan of(KoreanAnalysis analysis, String query) {
        return new SearchPlan(query, new QueryCompiler(analysis).compile(QuerySyntax.parse(query)));
    }

    public String query() {
        return query;
    }

    /** What the compiler repaired or ignored. */
    public List<String> notes() {
        return compiled.notes();
    }

    /** A one-line reason when there is nothing to search, else null. */
    public String error() {
        return compiled.error();
    }

    QueryCompiler.Compiled compiled() {
        return compiled;
    }

    /** The number of hits to fetch for a requested {@code limit}. */
    public static int rows(int limit) {
        return Math.max(1, Math.min(limit, 10_000));
    }

    /** Hits are counted exactly up to this many; past it the total is a lower bound. */
    public static int countUpTo() {
        return QueryRunner.COUNT_UP_TO;
    }

    /**
     * Whether to search again with the relaxed query: always in {@link SearchMode#RELAXED}, and in
     * {@link SearchMode#AUTO} when the strict query found fewer than {@link QueryRunner#RELAX_BELOW}
     * (or {@code rows}, if smaller); never when the query has nothing to relax.
     */
    public boolean relaxes(SearchMode mode, long strictTotal, int rows) {
        return compiled.relaxed() != null && (mode == SearchMode.RELAXED
                || mode == SearchMode.AUTO && strictTotal < Math.min(rows, QueryRunner.RELAX_BELOW));
    }

    /** The failed result: {@code engineNotes} (the index's or archive's), this query's notes, and {@code error}. */
    public SearchResult failed(List<String> engineNotes, String error) {
        List<String> notes = new ArrayList<>(engineNotes);
        notes.addAll(notes());
        return SearchResult.failed(query, notes, error);
    }
}
