package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a query string against one searcher: parse, compile, strict or relaxed search, highlight. */
final class QueryRunner {

    /** Strict AND results below this count (or the limit, if smaller) switch to relaxed ranking. */
    static final int RELAX_BELOW = 5;
    static final int SNIPPET_CONTEXT = 30;
    /**
     * Hits are counted exactly up to here; past it the count is a lower bound ("1000+"), which lets
     * Lucene skip scoring blocks that cannot reach the top — the difference between 30 ms and a few
     * ms for common words over 10,000 articles.
     */
    static final int COUNT_UP_TO = 1000;

    private final KoreanAnalysis analysis;

    QueryRunner(KoreanAnalysis analysis) {
        this.analysis = analysis;
    }

    SearchResult run(IndexSearcher searcher, String query, int limit, SearchMode mode, List<String> indexNotes) {
        SearchPlan plan = SearchPlan.of(analysis, query);
        QueryCompiler.Compiled c = plan.compiled();
        if (c.error() != null) return plan.failed(indexNotes, c.error());
        List<String> notes = new ArrayList<>(indexNotes);
        notes.addAll(c.notes());
        int n = SearchPlan.rows(limit);
        try {
            boolean relaxed = relaxes(searcher, plan, mode, n);
            TopDocs top = searcher.search(relaxed ? c.relaxed() : c.strict(), new TopScoreDocCollectorManager(n, null, COUNT_UP_TO));
            if (relaxed) notes.add(SearchPlan.RELAXED_NOTE);
            Highlights hl = new Highlights(searcher, relaxed ? c.relaxedHighlight() : c.highlight());
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) hits.add(hit(searcher, hl, sd));
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            return new SearchResult(query, top.totalHits.value, exact, hits, relaxed, notes, null);
        } catch (IndexSearcher.TooManyClauses e) {
            return SearchResult.failed(query, notes, QueryProblem.TOO_COMPLEX.text());
        } catch (IOException e) {
            return SearchResult.failed(query, notes, "cannot read the search index: " + e.getMessage());
        }
    }

    /**
     * Whether to search with the relaxed query ({@link SearchPlan#relaxes}). In {@link SearchMode#AUTO}
     * that turns on whether the strict query has a handful of hits, so they are counted first, without
     * scores and stopping at the handful, instead of running the scored strict search only to drop it:
     * a query that has them finds them in a fraction of a millisecond; for a question whose words no unit
     * holds together (the usual case) the count reads the same candidates, unscored (8.8 against 9.6 ms
     * at 100,000 articles), and Lucene's query cache can keep its matches for the same question again.
     */
    private static boolean relaxes(IndexSearcher searcher, SearchPlan plan, SearchMode mode, int rows) throws IOException {
        if (!plan.relaxes(mode, 0, rows)) return false; // nothing to relax, or never
        if (mode == SearchMode.RELAXED) return true;
        int enough = Math.min(rows, RELAX_BELOW);
        return plan.relaxes(mode, countUpTo(searcher, plan.compiled().strict(), enough), rows);
    }

    /** The number of matches of {@code query}, counted up to {@code limit}. */
    static int countUpTo(IndexSearcher searcher, Query query, int limit) throws IOException {
        AtomicInteger count = new AtomicInteger();
        searcher.search(query, new CollectorManager<Collector, Integer>() {
            @Override
            public Collector newCollector() {
                return new SimpleCollector() {
                    @Override
                    protected void doSetNextReader(LeafReaderContext context) {
                        if (count.get() >= limit) throw new CollectionTerminatedException();
                    }

                    @Override
                    public void collect(int doc) {
                        if (count.incrementAndGet() >= limit) throw new CollectionTerminatedException();
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public Integer reduce(Collection<Collector> collectors) {
                return Math.min(count.get(), limit);
            }
        });
        return Math.min(count.get(), limit);
    }

    private static SearchHit hit(IndexSearcher searcher, Highlights hl, ScoreDoc sd) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        String kind = d.get(Fields.KIND);
        String text = d.get(Fields.TEXT);
        List<Span> spans = hl.spans(sd.doc, kind);
        return SearchHit.of(d.get(Fields.ID), d.get(Fields.TITLE), kind,
                d.getField(Fields.SECTION_NO).numericValue().intValue(),
                d.getField(Fields.PARAGRAPH_NO).numericValue().intValue(), sd.score, text, spans);
    }

    /** Runs the highlight query alone (every positive word, ORed), for find-in-article. */
    Query highlightQuery(String query, List<String> notes, String[] error) {
        QueryCompiler.Compiled c = new QueryCompiler(analysis).compile(QuerySyntax.parse(query));
        notes.addAll(c.notes());
        error[0] = c.error();
        return c.highlight();
    }
}
