package kr.gisa.bench;

import kr.gisa.core.model.Article;
import kr.gisa.core.parse.TextArticleParser;
import kr.gisa.core.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    private static final TextPool POOL = TextPool.load(Path.of("."));

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        CorpusGenerator a = new CorpusGenerator(POOL, 42), b = new CorpusGenerator(POOL, 42), c = new CorpusGenerator(POOL, 43);
        for (int i = 0; i < 40; i++) {
            assertEquals(a.article(i), b.article(i), "article " + i);
        }
        // Article i does not depend on the ones before it: a library of N is a prefix of a larger one.
        assertEquals(a.article(17), new CorpusGenerator(POOL, 42).article(17));
        assertNotEquals(a.article(0).source(), c.article(0).source());
    }

    @Test
    void lengthsSpreadOverFiveHundredToThreeThousandCharacters() {
        CorpusGenerator g = new CorpusGenerator(POOL, 7);
        IntSummaryStatistics lengths = new IntSummaryStatistics();
        int headed = 0, withPhotos = 0;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Article a = g.article(i).article();
            int n = CorpusGenerator.indexedText(a).length();
            assertTrue(n >= CorpusGenerator.MIN_CHARS && n <= CorpusGenerator.MAX_CHARS, "article " + i + " has " + n + " characters");
            lengths.accept(n);
            if (a.sections().stream().anyMatch(s -> s.heading() != null)) headed++;
            if (a.photos().stream().anyMatch(p -> p.credit() != null && !p.caption().isBlank())) withPhotos++;
            assertNotNull(a.publisher(), "article " + i + " names its publisher");
            assertNotNull(a.byline(), "article " + i + " has a byline");
            assertNotNull(a.published(), "article " + i + " has a date");
            assertTrue(ids.add(a.id()), "ids are unique");
        }
        assertTrue(lengths.getMin() < 800, "short articles: " + lengths);
        assertTrue(lengths.getMax() > 2500, "long articles: " + lengths);
        assertTrue(lengths.getAverage() > 1100 && lengths.getAverage() < 2000, "mostly short: " + lengths);
        assertTrue(headed > 200 && headed < 400, "most but not all have sections under headings: " + headed);
        assertTrue(withPhotos > 100, "many have captioned photos with credits: " + withPhotos);
    }

    @Test
    void theSourceParsesBackToTheArticleAndTheLibraryReadsItBack(@TempDir Path dir) throws Exception {
        CorpusGenerator g = new CorpusGenerator(POOL, 11);
        g.writeLibrary(dir, 30, null);
        Library library = new Library(dir);
        assertEquals(30, library.ids().size());
        for (int i = 0; i < 30; i++) {
            CorpusGenerator.Generated gen = g.article(i);
            Article parsed = new TextArticleParser().parse(gen.source(), gen.article().id());
            assertEquals(gen.article().sections(), parsed.sections());
            assertEquals(gen.article().title(), parsed.title());
            assertEquals(gen.article().publisher(), parsed.publisher());
            assertEquals(gen.article(), library.load(gen.article().id()));
        }
    }
}
