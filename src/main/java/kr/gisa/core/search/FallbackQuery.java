package kr.gisa.core.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Objects;

/**
 * Matches where either query matches and scores with the primary where it matches, else with the
 * fallback: a word found as a word scores as such, and its character bigrams count only where it is
 * not. Summed as a disjunction, the bigram phrase had to be read position by position in every
 * document the word was found in, about half the time of a several-word search at 100,000 articles.
 * The score bound is the higher of the two bounds. Without scores it is a disjunction that tries the
 * fallback only where the primary does not match.
 */
final class FallbackQuery extends Query {

    private final Query primary;
    private final Query fallback;

    FallbackQuery(Query primary, Query fallback) {
        this.primary = Objects.requireNonNull(primary);
        this.fallback = Objects.requireNonNull(fallback);
    }

    Query primary() {
        return primary;
    }

    Query fallback() {
        return fallback;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query p = primary.rewrite(searcher);
        Query f = fallback.rewrite(searcher);
        return p == primary && f == fallback ? this : new FallbackQuery(p, f);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight p = primary.createWeight(searcher, scoreMode, boost);
        Weight f = fallback.createWeight(searcher, scoreMode, boost);
        return new Weight(this) {
            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return p.isCacheable(context) && f.isCacheable(context);
            }

            @Override
            public Matches matches(LeafReaderContext context, int doc) throws IOException {
                Matches m = p.matches(context, doc);
                return m != null ? m : f.matches(context, doc);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = p.explain(context, doc);
                if (e.isMatch()) return e;
                Explanation fe = f.explain(context, doc);
                return fe.isMatch() ? Explanation.match(fe.getValue(), "fallback, the primary query not matching:", fe)
                        : Explanation.noMatch("neither the primary nor the fallback query matches", e, fe);
            }

            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                ScorerSupplier s = scorerSupplier(context);
                return s == null ? null : s.get(Long.MAX_VALUE);
            }

            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier ps = p.scorerSupplier(context);
                ScorerSupplier fs = f.scorerSupplier(context);
                if (ps == null || fs == null) return ps == null ? fs : ps;
                Weight weight = this;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new FallbackScorer(weight, ps.get(leadCost), fs.get(leadCost));
                    }

                    @Override
                    public long cost() {
                        return ps.cost() + fs.cost();
                    }
                };
            }
        };
    }

    /** Iterates the union of both scorers; a document is the primary's if the primary matches it. */
    private static final class FallbackScorer extends Scorer {
        private final Scorer p;
        private final Scorer f;
        private final DocIdSetIterator pa;      // the scorers' approximations
        private final DocIdSetIterator fa;
        private final TwoPhaseIterator pt;      // null where a scorer's matches are exact
        private final TwoPhaseIterator ft;
        private final DocIdSetIterator approximation;
        private final TwoPhaseIterator twoPhase;
        private final DocIdSetIterator iterator;
        private int doc = -1;
        private Scorer matched;                 // which scorer matched doc, once known
        private int matchedDoc = -1;

        FallbackScorer(Weight weight, Scorer p, Scorer f) {
            super(weight);
            this.p = p;
            this.f = f;
            this.pt = p.twoPhaseIterator();
            this.ft = f.twoPhaseIterator();
            this.pa = pt == null ? p.iterator() : pt.approximation();
            this.fa = ft == null ? f.iterator() : ft.approximation();
            this.approximation = new Union();
            if (pt == null && ft == null) {
                this.twoPhase = null;
                this.iterator = approximation;
            } else {
                this.twoPhase = new TwoPhaseIterator(approximation) {
                    @Override
                    public boolean matches() throws IOException {
                        return resolve() != null;
                    }

                    @Override
                    public float matchCost() {
                        return (pt == null ? 0 : pt.matchCost()) + (ft == null ? 0 : ft.matchCost());
                    }
                };
                this.iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
            }
        }

        /** The scorer that matches the current document, primary first; null if neither does. */
        private Scorer resolve() throws IOException {
            if (matchedDoc == doc) return matched;
            matchedDoc = doc;
            if (pa.docID() == doc && (pt == null || pt.matches())) {
                matched = p;
            } else {
                if (fa.docID() < doc) fa.advance(doc); // left behind by Union.advance
                matched = fa.docID() == doc && (ft == null || ft.matches()) ? f : null;
            }
            return matched;
        }

        @Override
        public float score() throws IOException {
            Scorer s = resolve();
            return s == null ? 0f : s.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            int upTo = DocIdSetIterator.NO_MORE_DOCS;
            if (p.docID() < target) upTo = Math.min(upTo, p.advanceShallow(target));
            if (f.docID() < target) upTo = Math.min(upTo, f.advanceShallow(target));
            return upTo;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            float max = 0f;
            if (p.docID() <= upTo) max = p.getMaxScore(upTo);
            if (f.docID() <= upTo) max = Math.max(max, f.getMaxScore(upTo));
            return max;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        private final class Union extends DocIdSetIterator {
            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() throws IOException {
                return advance(doc + 1);
            }

            /**
             * Where the primary is on the target itself the fallback is not moved: it is needed there
             * only if the primary's match fails ({@link #resolve}). In a conjunction, where each word
             * is asked for the lead's document, that spares most of the bigram phrase's moves.
             */
            @Override
            public int advance(int target) throws IOException {
                if (pa.docID() < target) pa.advance(target);
                if (pa.docID() == target) return doc = target;
                if (fa.docID() < target) fa.advance(target);
                return doc = Math.min(pa.docID(), fa.docID());
            }

            @Override
            public long cost() {
                return pa.cost() + fa.cost();
            }
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(Occur.SHOULD, this);
        primary.visit(v);
        fallback.visit(v);
    }

    @Override
    public String toString(String field) {
        return "fallback(" + primary.toString(field) + " else " + fallback.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && primary.equals(((FallbackQuery) other).primary)
                && fallback.equals(((FallbackQuery) other).fallback);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + primary.hashCode()) + fallback.hashCode();
    }
}
