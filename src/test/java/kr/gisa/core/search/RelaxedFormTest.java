package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.testing.Seed;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relaxed form of a question is flat so Lucene can skip by score bound; this pins that it ranks
 * and scores exactly as the nested form it replaced, built here from its definition: per word, the
 * best form found — 100 + the whole form's BM25, else 50 + half the first token's, else 50 + a tenth of
 * the bigrams' (the parts are the compiler's own).
 */
class RelaxedFormTest {

    @TempDir
    static Path cache;

    @ParameterizedTest
    @ValueSource(strings = {"엔비디아 그래픽처리장치 공급 계획", "현대자동차그룹 로봇 데이터센터", "삼성전자 반도체 인공지능 공장",
            "정부 피지컬 생태계 육성"})
    void flatFormScoresAsTheNestedDefinition(String question) throws Exception {
        Path dir = cache.resolve(Integer.toHexString(question.hashCode()));
        SearchIndex.open(Seed.library(), dir, IndexProgress.NONE).close();
        KoreanAnalysis analysis = KoreanAnalysis.shipped();
        QueryCompiler compiler = new QueryCompiler(analysis);
        QueryCompiler.Compiled compiled = compiler.compile(QuerySyntax.parse(question));
        assertEquals(question.split(" ").length, compiler.freeParts().size());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs flat = searcher.search(compiled.relaxed(), 50);
            TopDocs nested = searcher.search(nested(compiler.freeParts()), 50);
            assertTrue(flat.scoreDocs.length > 5, question);
            assertEquals(nested.totalHits, flat.totalHits, question);
            for (int i = 0; i < nested.scoreDocs.length; i++) {
                ScoreDoc n = nested.scoreDocs[i], f = flat.scoreDocs[i];
                assertEquals(n.score, f.score, 1e-4f, question + " #" + i);
                if (i + 1 < nested.scoreDocs.length && nested.scoreDocs[i + 1].score < n.score - 1e-3f
                        && (i == 0 || nested.scoreDocs[i - 1].score > n.score + 1e-3f)) {
                    assertEquals(n.doc, f.doc, question + " #" + i); // not a tie: the same unit
                }
            }
        }
    }

    /** The nested relaxed form: one clause per word, scored by the best of its forms found. */
    private static Query nested(List<QueryCompiler.Parts> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryCompiler.Parts p : words) {
            BooleanQuery.Builder clause = new BooleanQuery.Builder(); // the forms below exclude one another
            List<Query> better = new ArrayList<>();
            if (p.morph() != null) {
                clause.add(form(p.morph(), 1f, 100f, better), Occur.SHOULD);
                better.add(p.morph());
            }
            if (p.head() != null) {
                clause.add(form(p.head(), 0.5f, 50f, better), Occur.SHOULD);
                better.add(p.head());
            }
            if (p.bigram() != null) clause.add(form(p.bigram(), 0.1f, 50f, better), Occur.SHOULD);
            b.add(clause.build(), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(1);
        return b.build();
    }

    /** {@code weight} × the form's BM25 + {@code coverage}, where no better form matches. */
    private static Query form(Query q, float weight, float coverage, List<Query> better) {
        BooleanQuery.Builder f = new BooleanQuery.Builder()
                .add(new BoostQuery(q, weight), Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(q), coverage), Occur.MUST);
        better.forEach(x -> f.add(x, Occur.MUST_NOT));
        return f.build();
    }
}
