package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Find in one article (Ctrl+F): every occurrence in reading order, exact spans, n / N stepping. */
class ArticleFindTest {

    private static final KoreanAnalysis ANALYSIS = KoreanAnalysis.shipped();
    private final Article a = Seed.article();

    @Test
    void everyOccurrenceInReadingOrder() {
        ArticleFind f = ArticleFind.in(a, "공급", ANALYSIS);
        assertNull(f.error());
        assertEquals(List.of("title -1/-1 [14,16]", "paragraph 0/2 [44,46]", "paragraph 0/5 [7,9]", "caption 3/0 [38,40]"),
                f.occurrences().stream().map(o -> o.field() + " " + o.section() + "/" + o.paragraph()
                        + " [" + o.span().start() + "," + o.span().end() + "]").toList());
        assertEquals(4, f.count());
        for (ArticleFind.Occurrence o : f.occurrences()) {
            ArticleFind.Match m = f.matches().get(o.match());
            assertEquals("공급", m.text().substring(o.span().start(), o.span().end()));
        }
        assertEquals(a.paragraph(0, 2).text(), f.matches().get(1).text());
    }

    @Test
    void allWordsCountAsInTheLibrarySearch() {
        ArticleFind f = ArticleFind.in(a, "삼성전자 자동차", ANALYSIS);
        assertEquals(List.of("삼성전자", "자동차", "삼성전자"), f.occurrences().stream()
                .map(o -> f.matches().get(o.match()).text().substring(o.span().start(), o.span().end())).toList());
    }

    @Test
    void subtitleCaptionAndHeadingHaveTheirAddresses() {
        ArticleFind f = ArticleFind.in(a, "우려", ANALYSIS);
        List<String> where = f.matches().stream().map(m -> m.field() + " " + m.section() + "/" + m.paragraph()).toList();
        assertEquals("subtitle -1/0", where.get(0));
        assertTrue(where.contains("heading 2/-1"), where.toString());
        ArticleFind g = ArticleFind.in(a, "지포스", ANALYSIS);
        assertEquals(List.of("caption 0/0"), g.matches().stream().map(m -> m.field() + " " + m.section() + "/" + m.paragraph()).toList());
    }

    @Test
    void aFinderAnswersRepeatedlyForTheOpenArticle() {
        try (ArticleFinder finder = new ArticleFinder(a, ANALYSIS)) {
            assertEquals(4, finder.find("공급").count());
            assertEquals(ArticleFind.in(a, "삼성전자", ANALYSIS).occurrences(), finder.find("삼성전자").occurrences());
            assertEquals(0, finder.find("포토레지스트").count());
            assertNull(finder.find("포토레지스트").error());
        }
    }

    @Test
    void badQueryGivesTheMessage() {
        ArticleFind f = ArticleFind.in(a, "은", ANALYSIS);
        assertEquals("the query has only particles or endings (은): add a noun, name or number to search for", f.error());
        assertEquals(0, f.count());
    }
}
