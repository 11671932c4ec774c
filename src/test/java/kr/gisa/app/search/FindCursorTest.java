package kr.gisa.app.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.search.ArticleFind;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stepping through the hits of one article: n / N, wrap-around, starting at a clicked result. */
class FindCursorTest {

    private static final ArticleFind FIND = ArticleFind.in(Seed.article(), "공급", KoreanAnalysis.shipped());

    @Test
    void stepsAndWraps() {
        FindCursor c = FindCursor.of(FIND);
        assertEquals("1 / 4", c.counter());
        assertEquals("title", c.current().field());
        assertEquals("2 / 4", c.next().counter());
        assertEquals("4 / 4", c.previous().counter());
        assertEquals("1 / 4", c.next().next().next().next().counter());
        assertEquals("caption", c.previous().current().field());
    }

    @Test
    void startsAtTheClickedUnit() {
        FindCursor c = FindCursor.at(FIND, "paragraph", 0, 5);
        assertEquals("3 / 4", c.counter());
        assertEquals(7, c.current().span().start());
        assertEquals("1 / 4", FindCursor.at(FIND, "paragraph", 9, 9).counter(), "an unknown place starts at the top");
    }

    @Test
    void nothingFound() {
        FindCursor c = FindCursor.of(ArticleFind.in(Seed.article(), "포토레지스트", KoreanAnalysis.shipped()));
        assertEquals("0 / 0", c.counter());
        assertEquals(c, c.next());
        assertEquals(null, c.current());
    }
}
