package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.testing.Seed;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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
 * sum of its whole form's BM25, half its first token's, a tenth of its bigrams', and its coverage —
 * 100 when the whole form is found, else 50 when the first token or the bigrams are (the parts are the
 * compiler's own).
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

    /** The nested relaxed form: one clause per word, its coverage the best of its parts found. */
    private static Query nested(List<QueryCompiler.Parts> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryCompiler.Parts p : words) {
            List<Query> coverage = new ArrayList<>();
            BooleanQuery.Builder clause = new BooleanQuery.Builder();
            if (p.morph() != null) {
                coverage.add(new BoostQuery(new ConstantScoreQuery(p.morph()), 100f));
                clause.add(p.morph(), Occur.SHOULD);
            }
            if (p.head() != null) {
                coverage.add(new BoostQuery(new ConstantScoreQuery(p.head()), 50f));
                clause.add(new BoostQuery(p.head(), 0.5f), Occur.SHOULD);
            }
            if (p.bigram() != null) {
                coverage.add(new BoostQuery(new ConstantScoreQuery(p.bigram()), 50f));
                clause.add(new BoostQuery(p.bigram(), 0.1f), Occur.SHOULD);
            }
            clause.add(new DisjunctionMaxQuery(coverage, 0f), Occur.SHOULD);
            b.add(clause.build(), Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(1);
        return b.build();
    }
}
