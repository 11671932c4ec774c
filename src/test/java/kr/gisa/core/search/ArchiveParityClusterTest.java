package kr.gisa.core.search;

import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.testing.ArchiveFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The search issue's query table, and the queries of its ranking tests, over the same library in the
 * embedded index and in a 2 × 2 SolrCloud archive: the same hits (article, field, section, paragraph),
 * the same spans and snippets, the same totals and the same relaxing.
 */
@Tag("cluster")
class ArchiveParityClusterTest {

    private static ArchiveFixture fixture;
    private static SolrArchive archive;

    @BeforeAll
    static void open() throws ArchiveException {
        fixture = ArchiveFixture.get();
        archive = SolrArchive.open(fixture.url());
    }

    @AfterAll
    static void close() {
        if (archive != null) archive.close();
    }

    static Stream<Arguments> queries() {
        Stream<String> table = SeedSearchTest.table().map(a -> (String) a.get()[0]);
        Stream<String> more = Stream.of("엔비디아 -GPU", "비디아", "엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?",
                "현대차그룹은 GPU를 어디에 적용하나?", "반도체 수출", "publisher:연합뉴스 반도체", "\"인공지능 반도체\"");
        return Stream.concat(table, more).distinct().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sameHitsAndSpansAsTheEmbeddedIndex(String query) {
        for (SearchMode mode : List.of(SearchMode.AUTO, SearchMode.STRICT)) {
            if (mode == SearchMode.STRICT && !fixture.embedded().search(query, 10).relaxed()) continue; // the same as AUTO
            SearchResult local = fixture.embedded().search(query, 10_000, mode);
            SearchResult remote = archive.search(query, 10_000, mode);
            assertNull(local.error(), local.error());
            assertNull(remote.error(), remote.error());
            assertFalse(local.hits().isEmpty() && mode == SearchMode.AUTO, "the table query finds nothing: " + query);
            assertEquals(local.total(), remote.total(), query + " " + mode);
            assertEquals(local.totalExact(), remote.totalExact());
            assertEquals(local.relaxed(), remote.relaxed());
            assertEquals(hits(local), hits(remote), query + " " + mode);
        }
    }

    /** Every hit as "article field s/p [[a,b]…] snippet", as a set: the order of equal scores may differ. */
    private static Set<String> hits(SearchResult r) {
        return r.hits().stream().map(h -> h.article() + " " + SeedSearchTest.describe(h) + " " + h.snippet() + " " + h.title())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
