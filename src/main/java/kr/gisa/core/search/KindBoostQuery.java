package kr.gisa.core.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.util.Objects;

/**
 * A query's score times its unit's kind boost ({@link Fields#boost}, read from the {@code boost} doc
 * values), with a score bound Lucene can skip by. A per-document boost in general gives no bound
 * ({@code FunctionScoreQuery} reports none, so every match is scored: 160,000 units for one common word
 * at 100,000 articles). The embedded index is sorted by boost, highest first ({@link #INDEX_SORT}), so
 * in a segment the boost never rises with the document number: the bound from a document on is that
 * document's boost times the inner query's bound, exact for the long body range. Segments not so
 * sorted (a Solr core) get the loose bound of the highest boost, and the same scores.
 */
final class KindBoostQuery extends Query {

    /** The embedded index's order: titles, subtitles, headings, then body units; meta documents last. */
    static final Sort INDEX_SORT;

    static {
        SortField byBoost = new SortField(Fields.BOOST, SortField.Type.FLOAT, true);
        byBoost.setMissingValue(0f);
        INDEX_SORT = new Sort(byBoost);
    }

    private static final float MAX_BOOST = Fields.boost("title");

    private final Query inner;

    KindBoostQuery(Query inner) {
        this.inner = Objects.requireNonNull(inner);
    }

    Query inner() {
        return inner;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new KindBoostQuery(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight w = inner.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) return w;
        return new FilterWeight(this, w) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer s = in.scorer(context);
                if (s == null) return null;
                Sort sort = context.reader().getMetaData().getSort();
                return new BoostScorer(this, s, context, INDEX_SORT.equals(sort));
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) return e;
                float b = boostOf(DocValues.getNumeric(context.reader(), Fields.BOOST), doc, MAX_BOOST);
                return Explanation.match(e.getValue().floatValue() * b, "times the kind boost " + b, e);
            }
        };
    }

    /** The boost of {@code doc}, or {@code missing} when it has none. */
    private static float boostOf(NumericDocValues values, int doc, float missing) throws IOException {
        return values.advanceExact(doc) ? Float.intBitsToFloat((int) values.longValue()) : missing;
    }

    private static final class BoostScorer extends Scorer {
        private final Scorer in;
        private final NumericDocValues boosts;   // for scores: follows the scorer
        private final NumericDocValues bounds;   // for bounds: follows the lowest document a bound starts at
        private final boolean sorted;

        BoostScorer(Weight weight, Scorer in, LeafReaderContext context, boolean sorted) throws IOException {
            super(weight);
            this.in = in;
            this.boosts = DocValues.getNumeric(context.reader(), Fields.BOOST);
            this.bounds = DocValues.getNumeric(context.reader(), Fields.BOOST);
            this.sorted = sorted;
        }

        @Override
        public float score() throws IOException {
            return in.score() * boostOf(boosts, in.docID(), 1f);
        }

        /** The highest boost of documents from {@code from} on (the index sort makes it {@code from}'s own). */
        private float boundFrom(int from) throws IOException {
            if (!sorted) return MAX_BOOST;
            int doc = Math.max(from, Math.max(0, bounds.docID()));
            if (doc == DocIdSetIterator.NO_MORE_DOCS) return 0f;
            // Missing: a meta document, and every later one is too (they sort last); they never match.
            return boostOf(bounds, doc, 0f);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * boundFrom(in.docID());
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            float bound = boundFrom(in.docID());
            if (bound > 0) in.setMinCompetitiveScore(minScore / bound);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "kindBoost(" + inner.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((KindBoostQuery) other).inner);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + inner.hashCode();
    }
}
