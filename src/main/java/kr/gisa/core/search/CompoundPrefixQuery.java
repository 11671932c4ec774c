package kr.gisa.core.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A prefix that may run across the parts a compound is indexed as. Compounds are decomposed at index
 * time (반도체 is indexed as 반 + 도체), so the plain prefix 반도 matches no term. This query matches a
 * term starting with the prefix, or consecutive terms that spell the prefix's beginning followed by a
 * term starting with the rest (반, then 도…); the match, and so the highlight, covers the whole parts
 * (반도체). Consecutive parts of different words (반 도시) also match: positions cannot tell them apart.
 * Scores are constant, as for {@link PrefixQuery}.
 */
final class CompoundPrefixQuery extends Query {

    /** A prefix is split into at most this many parts. */
    static final int MAX_PARTS = 4;

    private final String field;
    private final String prefix;

    CompoundPrefixQuery(String field, String prefix) {
        this.field = field;
        this.prefix = prefix;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<IntervalsSource> chains = new ArrayList<>();
        chains(reader, prefix, List.of(), chains);
        Query whole = new PrefixQuery(new Term(field, prefix));
        if (chains.isEmpty()) return whole;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(whole, Occur.SHOULD);
        b.add(new IntervalQuery(field, chains.size() == 1 ? chains.get(0) : Intervals.or(chains)), Occur.SHOULD);
        return new ConstantScoreQuery(b.build());
    }

    /** Adds a phrase for every split of {@code rest} into indexed whole terms and a final prefix. */
    private void chains(IndexReader reader, String rest, List<String> heads, List<IntervalsSource> out) throws IOException {
        if (heads.size() + 1 >= MAX_PARTS) return;
        for (int i = Character.charCount(rest.codePointAt(0)); i < rest.length(); i += Character.charCount(rest.codePointAt(i))) {
            String head = rest.substring(0, i);
            if (reader.docFreq(new Term(field, head)) == 0) continue;
            List<String> parts = new ArrayList<>(heads);
            parts.add(head);
            String tail = rest.substring(i);
            if (prefixExpansions(reader, tail) > 0) {
                List<IntervalsSource> seq = new ArrayList<>();
                for (String p : parts) seq.add(Intervals.term(p));
                seq.add(Intervals.prefix(new BytesRef(tail), IndexSearcher.getMaxClauseCount()));
                out.add(Intervals.phrase(seq.toArray(IntervalsSource[]::new)));
            }
            chains(reader, tail, parts, out);
        }
    }

    /**
     * The most terms starting with {@code p} in one segment. Past Lucene's clause limit (the most an
     * interval prefix may expand to) the query is "too complex", as any query with too many clauses.
     */
    private int prefixExpansions(IndexReader reader, String p) throws IOException {
        BytesRef bytes = new BytesRef(p);
        int most = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (te.seekCeil(bytes) == TermsEnum.SeekStatus.END) continue;
            int n = 0;
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, bytes); t = te.next()) {
                if (++n > IndexSearcher.getMaxClauseCount()) throw new IndexSearcher.TooManyClauses();
            }
            most = Math.max(most, n);
        }
        return most;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) visitor.visitLeaf(this);
    }

    @Override
    public String toString(String f) {
        return (field.equals(f) ? "" : field + ":") + prefix + "*";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && field.equals(((CompoundPrefixQuery) o).field) && prefix.equals(((CompoundPrefixQuery) o).prefix);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + field.hashCode()) + prefix.hashCode();
    }
}
