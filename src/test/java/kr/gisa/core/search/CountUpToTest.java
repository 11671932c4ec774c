package kr.gisa.core.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The count that decides whether a search is relaxed: exact up to its limit, over several segments,
 * on one thread and on the parallel searcher.
 */
class CountUpToTest {

    static DirectoryReader reader;

    @BeforeAll
    static void index() throws Exception {
        reader = GeneratedUnits.sorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"엔비디아", "반도체 공장", "정부 생태계 육성", "한국은행 총재 기자간담회", "소비자물가 상승률 반도체 GPU", "없는낱말끼리만"})
    void countsExactlyUpToTheLimit(String query) throws Exception {
        Query strict = new QueryCompiler(KindBoostQueryTest.ANALYSIS).compile(QuerySyntax.parse(query)).strict();
        assertTrue(reader.leaves().size() > 1);
        for (IndexSearcher searcher : List.of(new IndexSearcher(reader), ParallelSearchers.FACTORY.newSearcher(reader, null))) {
            int all = searcher.count(strict);
            for (int limit : new int[]{1, 5, all, all + 7}) {
                if (limit < 1) continue;
                assertEquals(Math.min(all, limit), QueryRunner.countUpTo(searcher, strict, limit), query + " up to " + limit);
            }
        }
    }
}
