package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which forms a query word is searched by: its words, its compounds whole, and its bigram fallback. */
class QueryCompilerTest {

    private static final KoreanAnalysis SHIPPED = KoreanAnalysis.shipped();

    private static String strict(String query) {
        return new QueryCompiler(SHIPPED).compile(QuerySyntax.parse(query)).strict().toString();
    }

    @Test
    void aWordTypedWithItsParticleOrEndingHasNoBigramFallback() {
        assertEquals("kindBoost(text:공급)", strict("공급하기로"));
        assertEquals("+kindBoost(Synonym(text:nvidia text:엔비디아)) +kindBoost(text:한국)", strict("엔비디아가 한국에"));
        assertEquals("kindBoost(text:\"260000 장\")", strict("26만장을"));
        // the question: only 장인가, whose stem is one character, keeps one
        String question = strict("엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?");
        assertEquals(1, question.split("bigram:", -1).length - 1, question);
        assertTrue(question.contains("fallback(kindBoost(text:장) else (bigram:\"장인 인가\")^0.1)"), question);
    }

    @Test
    void partialAndMisreadWordsKeepTheirBigrams() {
        // a partial word: 반도 (Nori: 반 + the particle 도) must still find 반도체
        assertEquals("(kindBoost(text:반) (bigram:반도)^0.1)", strict("반도"));
        // a bare word: it may be part of a longer one
        assertTrue(strict("공급").contains("bigram:공급"), strict("공급"));
        // Nori misreads 적용하나 as 적용 + 하나 (one): no dropped ending, the bigrams stay
        assertTrue(strict("적용하나").contains("bigram:\"적용 용하 하나\""), strict("적용하나"));
        // a quoted phrase keeps them too
        assertTrue(strict("\"공급하기로\"").contains("bigram:"), strict("\"공급하기로\""));
    }

    @Test
    void compoundsAreSearchedWhole() {
        assertEquals("+fallback(kindBoost(text:한국은행) else (bigram:\"한국 국은 은행\")^0.1)"
                + " +fallback(kindBoost(text:총재) else (bigram:총재)^0.1)"
                + " +fallback(kindBoost(text:\"기자 간담회\") else (bigram:\"기자 자간 간담 담회\")^0.1)",
                strict("한국은행 총재 기자간담회"));
        assertFalse(strict("자동차").contains("자동 차"), strict("자동차"));
    }
}
