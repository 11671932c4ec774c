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
import org.apache.lucene.search.ScorerSupplier;
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
                ScorerSupplier supplier = scorerSupplier(context);
                return supplier == null ? null : supplier.get(Long.MAX_VALUE);
            }

            /**
             * Passes on that the boosted query's score is the one collected: only then does Lucene give
             * the inner query its skipping scorers (a disjunction gets WAND, not a plain sum that scores
             * every match); the boost scorer translates the collector's lowest competitive score for it.
             */
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier inner = in.scorerSupplier(context);
                if (inner == null) return null;
                Weight weight = this;
                boolean sorted = INDEX_SORT.equals(context.reader().getMetaData().getSort());
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new BoostScorer(weight, inner.get(leadCost), context, sorted);
                    }

                    @Override
                    public long cost() {
                        return inner.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        inner.setTopLevelScoringClause();
                    }
                };
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

    /**
     * The inner scorer's score times the boost. On a segment sorted by boost it knows the runs of equal
     * boost ({@link BoostRanges}): a score bound holds for one run at a time, and as the iterator enters
     * a run of lower boost the inner scorer is told the higher score it now needs (the collector's lowest
     * competitive score over the new boost), so body units that cannot beat the titles already found are
     * skipped block by block instead of scored one by one.
     */
    private static final class BoostScorer extends Scorer {
        private final Scorer in;
        private final BoostRanges runs;          // null: not sorted by boost (a Solr core)
        private final NumericDocValues boosts;   // the unsorted case: read per document
        private final DocIdSetIterator iterator;
        private final TwoPhaseIterator twoPhase;
        private float minScore;                  // the collector's lowest competitive (boosted) score
        private int run;                         // the run of the iterator's document
        private int runEnd;
        private int shallowFrom;                 // where the caller's score bounds start

        BoostScorer(Weight weight, Scorer in, LeafReaderContext context, boolean sorted) throws IOException {
            super(weight);
            this.in = in;
            this.runs = sorted ? BoostRanges.of(context.reader()) : null;
            this.boosts = sorted ? null : DocValues.getNumeric(context.reader(), Fields.BOOST);
            this.runEnd = sorted ? runs.end(0) : DocIdSetIterator.NO_MORE_DOCS;
            TwoPhaseIterator inner = in.twoPhaseIterator();
            if (inner == null) {
                this.twoPhase = null;
                this.iterator = sorted ? new Moves(in.iterator()) : in.iterator();
            } else {
                DocIdSetIterator approximation = sorted ? new Moves(inner.approximation()) : inner.approximation();
                this.twoPhase = new TwoPhaseIterator(approximation) {
                    @Override
                    public boolean matches() throws IOException {
                        return inner.matches();
                    }

                    @Override
                    public float matchCost() {
                        return inner.matchCost();
                    }
                };
                this.iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
            }
        }

        @Override
        public float score() throws IOException {
            int doc = in.docID();
            if (runs == null) return in.score() * boostOf(boosts, doc, 1f);
            if (doc >= runEnd) moved(doc); // the iterator keeps the run; this only guards a move it did not see
            return in.score() * runs.boost(run);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            if (runs == null) return in.getMaxScore(upTo) * MAX_BOOST;
            int from = Math.max(0, Math.max(in.docID(), shallowFrom));
            return from == DocIdSetIterator.NO_MORE_DOCS ? 0f : in.getMaxScore(upTo) * runs.boost(runs.run(from));
        }

        /** Bounds end at the end of the target's run, so the next run's bound uses its own, lower boost. */
        @Override
        public int advanceShallow(int target) throws IOException {
            int upTo = in.advanceShallow(target);
            if (runs == null) return upTo;
            shallowFrom = target;
            int last = runs.end(runs.run(target)) - 1; // below target past the segment's end
            return last >= target ? Math.min(upTo, last) : upTo;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            this.minScore = minScore;
            if (runs == null) in.setMinCompetitiveScore(minScore / MAX_BOOST);
            else tellInner();
        }

        /** The inner score a document of the current run needs; a little low, for the rounding of the product. */
        private void tellInner() throws IOException {
            float boost = runs.boost(run);
            if (boost > 0 && minScore > 0) in.setMinCompetitiveScore(Math.nextDown(minScore / boost));
        }

        /** Called with each document the iterator moves to. */
        private int moved(int doc) throws IOException {
            if (doc >= runEnd && doc != DocIdSetIterator.NO_MORE_DOCS) {
                run = runs.run(doc);
                runEnd = runs.end(run);
                tellInner();
            }
            return doc;
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        /** The inner iterator, reporting each move so the scorer can follow the runs. */
        private final class Moves extends DocIdSetIterator {
            private final DocIdSetIterator inner;

            Moves(DocIdSetIterator inner) {
                this.inner = inner;
            }

            @Override
            public int docID() {
                return inner.docID();
            }

            @Override
            public int nextDoc() throws IOException {
                return moved(inner.nextDoc());
            }

            @Override
            public int advance(int target) throws IOException {
                return moved(inner.advance(target));
            }

            @Override
            public long cost() {
                return inner.cost();
            }
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
