package kr.gisa.core.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Objects;

/**
 * A query's score plus a constant, with the bound raised by as much: "found, plus how well" in one
 * clause, where a constant-score copy of the query beside it would read the query's postings twice.
 */
final class PlusQuery extends Query {

    private final Query inner;
    private final float plus;

    PlusQuery(Query inner, float plus) {
        this.inner = Objects.requireNonNull(inner);
        this.plus = plus;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new PlusQuery(rewritten, plus);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight w = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) return w;
        float add = plus * boost;
        return new FilterWeight(this, w) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer s = in.scorer(context);
                if (s == null) return null;
                return new FilterScorer(s, this) {
                    @Override
                    public float score() throws IOException {
                        return in.score() + add;
                    }

                    @Override
                    public int advanceShallow(int target) throws IOException {
                        return in.advanceShallow(target);
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return in.getMaxScore(upTo) + add;
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) return e;
                return Explanation.match(e.getValue().floatValue() + add, "plus " + add + " for the match", e);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "(" + inner.toString(field) + ")+" + plus;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((PlusQuery) other).inner)
                && Float.floatToIntBits(plus) == Float.floatToIntBits(((PlusQuery) other).plus);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + inner.hashCode()) + Float.floatToIntBits(plus);
    }
}
