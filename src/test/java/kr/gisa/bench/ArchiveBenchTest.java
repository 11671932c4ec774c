package kr.gisa.bench;

import kr.gisa.core.search.SearchResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the embedded index and the archive count the same hits, as far as each counts exactly. */
class ArchiveBenchTest {

    private static SearchResult total(long n, boolean exact) {
        return new SearchResult("q", n, exact, List.of(), false, List.of(), null);
    }

    @Test
    void totalsAgreeWithinWhatEachCountsExactly() {
        assertTrue(ArchiveBench.agree(total(12, true), total(12, true)));
        assertFalse(ArchiveBench.agree(total(12, true), total(13, true)));
        assertTrue(ArchiveBench.agree(total(1122, false), total(1395, false)), "both past the exact count");
        // two shards of about 700 count 1,395 exactly where one index stops at a lower bound of 1,122
        assertTrue(ArchiveBench.agree(total(1122, false), total(1395, true)));
        assertTrue(ArchiveBench.agree(total(1395, true), total(1122, false)));
        assertFalse(ArchiveBench.agree(total(1000, true), total(1122, false)), "an exact count below the other's lower bound");
    }
}
