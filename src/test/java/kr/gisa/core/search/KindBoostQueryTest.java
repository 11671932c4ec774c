package kr.gisa.core.search;

import kr.gisa.bench.CorpusGenerator;
import kr.gisa.bench.TextPool;
import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;
import kr.gisa.testing.Seed;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bounded kind boost finds exactly what a per-document boost without bounds finds: with Lucene
 * skipping as hard as it can (totals counted only to 1), the top hits and their scores equal those of
 * an exhaustive search with {@link FunctionScoreQuery}, on an index sorted by boost and on one not sorted.
 */
class KindBoostQueryTest {

    static final KoreanAnalysis ANALYSIS = KoreanAnalysis.shipped();
    static DirectoryReader sorted;
    static DirectoryReader unsorted;

    @BeforeAll
    static void index() throws Exception {
        sorted = build(true);
        unsorted = build(false);
    }

    static DirectoryReader build(boolean sort) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer(ANALYSIS));
        if (sort) config.setIndexSort(KindBoostQuery.INDEX_SORT);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            CorpusGenerator gen = new CorpusGenerator(TextPool.load(Path.of(".")), 11);
            for (int i = 0; i < 400; i++) {
                Article a = gen.article(i).article();
                w.addDocuments(Fields.units(a, w.getAnalyzer()));
                w.addDocument(Fields.meta(a.id(), "h" + i, "s"));
                if (i % 100 == 99) w.commit(); // several segments
            }
            w.addDocuments(Fields.units(Seed.article(), w.getAnalyzer()));
        }
        DirectoryReader r = DirectoryReader.open(dir);
        assertTrue(r.leaves().size() > 1, "several segments");
        return r;
    }

    @AfterAll
    static void close() throws Exception {
        sorted.close();
        unsorted.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"엔비디아", "반도체 공장", "\"피지컬 AI\"", "기준금리 인하", "GPU", "26만장", "삼성전자 OR 네이버",
            "엔비디아 -종속", "반도*", "데이터센터", "정부 AI 생태계 육성", "소비자물가 상승률", "전기차 배터리", "금통위",
            "로봇 자동화", "공급", "section:피지컬 GPU", "(엔비디아 OR 삼성) 공급", "수출"})
    void sameTopHitsAsAnUnboundedBoost(String query) throws Exception {
        Query strict = new QueryCompiler(ANALYSIS).compile(QuerySyntax.parse(query)).strict();
        Query reference = unbounded(strict);
        for (DirectoryReader reader : List.of(sorted, unsorted)) {
            IndexSearcher s = new IndexSearcher(reader);
            for (int n : new int[]{1, 10, 40}) {
                TopDocs want = s.search(reference, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
                TopDocs got = s.search(strict, new TopScoreDocCollectorManager(n, null, 1));
                assertEquals(want.scoreDocs.length, got.scoreDocs.length, query + ": hits");
                for (int i = 0; i < want.scoreDocs.length; i++) {
                    ScoreDoc a = want.scoreDocs[i], b = got.scoreDocs[i];
                    assertEquals(a.score, b.score, Math.abs(a.score) * 1e-5f, query + ": score of hit " + i);
                    if (a.doc != b.doc) { // only a tie may swap places
                        boolean tie = (i + 1 < want.scoreDocs.length && Math.abs(a.score - want.scoreDocs[i + 1].score) <= a.score * 1e-5f)
                                || (i > 0 && Math.abs(a.score - want.scoreDocs[i - 1].score) <= a.score * 1e-5f);
                        assertTrue(tie, query + ": hit " + i + " is " + b.doc + " instead of " + a.doc);
                    }
                }
            }
        }
    }

    /**
     * The bound is used, not only correct: when titles fill the top, a word's body matches are skipped
     * block by block (before the inner query was told it was the scoring clause, and the scorer followed
     * the runs of boost, every match was scored).
     */
    @ParameterizedTest
    @ValueSource(strings = {"GPU", "엔비디아", "반도체"})
    void titlesAtTheTopSkipTheBodyMatches(String query) throws Exception {
        Query strict = new QueryCompiler(ANALYSIS).compile(QuerySyntax.parse(query)).strict();
        IndexSearcher s = new IndexSearcher(sorted);
        int matches = s.count(strict);
        TopScoreDocCollectorManager manager = new TopScoreDocCollectorManager(3, null, 1);
        TopScoreDocCollector top = manager.newCollector();
        int[] collected = {0};
        s.search(strict, new FilterCollector(top) {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                    @Override
                    public void collect(int doc) throws IOException {
                        collected[0]++;
                        super.collect(doc);
                    }
                };
            }
        });
        ScoreDoc first = top.topDocs().scoreDocs[0];
        assertEquals("title", s.storedFields().document(first.doc).get(Fields.KIND), query + ": a title ranks first");
        assertTrue(matches > 100, query + ": " + matches + " matches");
        assertTrue(collected[0] < matches / 4, query + ": " + collected[0] + " of " + matches + " matches scored");
    }

    /** The query with each bounded kind boost replaced by FunctionScoreQuery (no bound, scores every match). */
    static Query unbounded(Query q) {
        if (q instanceof KindBoostQuery k) {
            return FunctionScoreQuery.boostByValue(unbounded(k.inner()), DoubleValuesSource.fromFloatField(Fields.BOOST));
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) out.add(unbounded(c.getQuery()), c.getOccur());
            return out.build();
        }
        if (q instanceof FallbackQuery f) return new FallbackQuery(unbounded(f.primary()), unbounded(f.fallback()));
        if (q instanceof BoostQuery b) return new BoostQuery(unbounded(b.getQuery()), b.getBoost());
        if (q instanceof ConstantScoreQuery c) return new ConstantScoreQuery(unbounded(c.getQuery()));
        if (q instanceof DisjunctionMaxQuery d) {
            return new DisjunctionMaxQuery(d.getDisjuncts().stream().map(KindBoostQueryTest::unbounded).toList(),
                    d.getTieBreakerMultiplier());
        }
        return q;
    }
}
