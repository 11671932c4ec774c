package kr.gisa.core.brief;

import kr.gisa.core.brief.Briefing.Quote;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Section;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteExtractorTest {

    private static List<Quote> quotes(String... paragraphs) {
        List<Block> blocks = Arrays.stream(paragraphs).map(p -> (Block) new Paragraph(p)).toList();
        Article a = new Article("t", "제목", List.of(), null, null, null, null, null, null,
                List.of(new Section(null, blocks)));
        return QuoteExtractor.extract(ArticleText.of(a, Morphemes.shared()));
    }

    @Test
    void speakerBeforeTheQuoteStopsAtAClause() {
        List<Quote> q = quotes("학회 위원장을 맡고 있는 김민수 서울대 교수는 \"정책은 일관성이 가장 중요하다\"고 말했다.");
        assertEquals("김민수 서울대 교수", q.get(0).speaker());
        assertEquals("정책은 일관성이 가장 중요하다", q.get(0).text());
    }

    @Test
    void twoPartsOfOneStatementAreJoined() {
        List<Quote> q = quotes("업계 한 관계자는 \"수요가 크게 늘었다\"며 \"공급을 서둘러 늘려야 한다\"고 강조했다.");
        assertEquals(1, q.size());
        assertEquals("수요가 크게 늘었다 … 공급을 서둘러 늘려야 한다", q.get(0).text());
        assertEquals("업계 한 관계자", q.get(0).speaker());
    }

    @Test
    void speakerAfterTheQuote() {
        List<Quote> q = quotes("\"한국은 메모리를 잘 만든다\"던 젠슨 황 엔비디아 CEO 발언이 화제가 됐다.",
                "\"시장은 이미 바뀌었다\"고 박영희 대표는 말했다.");
        assertEquals("젠슨 황 엔비디아 CEO", q.get(0).speaker());
        assertEquals("박영희 대표", q.get(1).speaker());
    }

    @Test
    void pronounTakesThePreviousSpeakerAndShortTermsAreNotQuotes() {
        List<Quote> q = quotes("이창용 총재는 \"물가가 안정 흐름을 보이고 있다\"고 말했다.",
                "그는 \"가계부채 증가세는 계속 지켜보겠다\"고 덧붙였다.",
                "정부는 \"AI 강국\" 구호를 내걸었다.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("이창용 총재", q.get(1).speaker());
        assertTrue(q.stream().noneMatch(x -> x.text().equals("AI 강국")));
    }
}
