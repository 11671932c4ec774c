package kr.gisa.solr;

import kr.gisa.core.analysis.BigramAnalyzer;
import kr.gisa.core.analysis.KoreanAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.solr.search.SyntaxError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Over a per-field analyzer (as a Solr schema gives), the plugin compiles exactly the Lucene queries the
 * embedded index runs (QueryCompiler over the shipped analyzers). GisaQueryClusterTest runs them on a cluster.
 */
class GisaQParserPluginTest {

    private static final KoreanAnalysis SHIPPED = KoreanAnalysis.shipped();
    private static final Analyzer SCHEMA_LIKE = new PerFieldAnalyzerWrapper(SHIPPED.queryAnalyzer(), Map.of("bigram", new BigramAnalyzer()));
    private static final Analyzer SCHEMA_INDEX = new PerFieldAnalyzerWrapper(SHIPPED.indexAnalyzer(), Map.of("bigram", new BigramAnalyzer()));

    @Test
    void partsAreTheCompilersQueries() throws SyntaxError {
        for (String q : new String[]{"공급", "삼성전자 반도*", "\"소버린 AI\" -GPU", "title:엔비디아", "엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?", "한국은행 총재 기자간담회"}) {
            var c = new kr.gisa.core.search.QueryCompiler(SHIPPED.queryAnalyzer(), new BigramAnalyzer(), SHIPPED.indexAnalyzer())
                    .compile(kr.gisa.core.search.QuerySyntax.parse(q));
            assertEquals(c.strict(), GisaQParserPlugin.compile(q, "strict", SCHEMA_LIKE, SCHEMA_INDEX), q);
            assertEquals(c.strict(), GisaQParserPlugin.compile(q, null, SCHEMA_LIKE, SCHEMA_INDEX), q);
            assertEquals(c.highlight(), GisaQParserPlugin.compile(q, "highlight", SCHEMA_LIKE, SCHEMA_INDEX), q);
            assertEquals(c.relaxedHighlight(), GisaQParserPlugin.compile(q, "relaxedHighlight", SCHEMA_LIKE, SCHEMA_INDEX), q);
            if (c.relaxed() != null) assertEquals(c.relaxed(), GisaQParserPlugin.compile(q, "relaxed", SCHEMA_LIKE, SCHEMA_INDEX), q);
        }
    }

    @Test
    void errorsAreOneLine() {
        SyntaxError particles = assertThrows(SyntaxError.class, () -> GisaQParserPlugin.compile("은 는", "strict", SCHEMA_LIKE, SCHEMA_INDEX));
        assertEquals("the query has only particles or endings (은, 는): add a noun, name or number to search for", particles.getMessage());
        assertThrows(SyntaxError.class, () -> GisaQParserPlugin.compile("  ", "strict", SCHEMA_LIKE, SCHEMA_INDEX));
        assertThrows(SyntaxError.class, () -> GisaQParserPlugin.compile("공급", "fuzzy", SCHEMA_LIKE, SCHEMA_INDEX));
        // one word has no relaxed form; the client never asks for it (it compiles the same query first)
        SyntaxError single = assertThrows(SyntaxError.class, () -> GisaQParserPlugin.compile("공급", "relaxed", SCHEMA_LIKE, SCHEMA_INDEX));
        assertEquals("the query has fewer than two words: it has no relaxed form", single.getMessage());
    }
}
