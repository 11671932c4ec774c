package kr.gisa.core.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The kind boosts of one segment sorted by boost ({@link KindBoostQuery#INDEX_SORT}), as runs of equal
 * boost: titles, subtitles, headings, body units, then meta documents (no boost, read as 0). A handful
 * of runs found by binary search once per segment, so a scorer knows a document's boost, and where the
 * boost next drops, without reading doc values per document.
 */
final class BoostRanges {

    /** Segments never change, so their runs are kept while the segment is open. */
    private static final Map<IndexReader.CacheKey, BoostRanges> CACHE = new WeakHashMap<>();

    private final int[] starts;   // first document of each run, ascending; starts[0] == 0
    private final float[] boosts; // the run's boost, descending
    private final int maxDoc;

    private BoostRanges(int[] starts, float[] boosts, int maxDoc) {
        this.starts = starts;
        this.boosts = boosts;
        this.maxDoc = maxDoc;
    }

    /** The runs of a segment sorted by boost. */
    static BoostRanges of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return find(reader);
        synchronized (CACHE) {
            BoostRanges r = CACHE.get(helper.getKey());
            if (r != null) return r;
        }
        BoostRanges r = find(reader);
        synchronized (CACHE) {
            CACHE.put(helper.getKey(), r);
        }
        return r;
    }

    private static BoostRanges find(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        int[] starts = new int[4];
        float[] boosts = new float[4];
        int n = 0;
        for (int from = 0; from < maxDoc; ) {
            float b = boostAt(reader, from);
            int lo = from + 1, hi = maxDoc; // the first document after `from` with a lower boost, or maxDoc
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (boostAt(reader, mid) < b) hi = mid;
                else lo = mid + 1;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, 2 * n);
                boosts = Arrays.copyOf(boosts, 2 * n);
            }
            starts[n] = from;
            boosts[n++] = b;
            from = lo;
        }
        return new BoostRanges(Arrays.copyOf(starts, n), Arrays.copyOf(boosts, n), maxDoc);
    }

    /** One document's boost; doc values iterate forward only, so each probe takes a fresh iterator. */
    private static float boostAt(LeafReader reader, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(reader, Fields.BOOST);
        return values.advanceExact(doc) ? Float.intBitsToFloat((int) values.longValue()) : 0f;
    }

    /** The index of the run holding {@code doc}. */
    int run(int doc) {
        int r = 0;
        while (r + 1 < starts.length && starts[r + 1] <= doc) r++;
        return r;
    }

    float boost(int run) {
        return run < boosts.length ? boosts[run] : 0f;
    }

    /** The first document after run {@code run}. */
    int end(int run) {
        return run + 1 < starts.length ? starts[run + 1] : maxDoc;
    }
}
