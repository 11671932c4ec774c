package kr.gisa.core.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each query problem's message and each note reads back as itself and its argument; real queries give them. */
class QueryProblemTest {

    @Test
    void everyMessageReadsBack() {
        for (QueryProblem p : QueryProblem.values()) {
            String message = p.text("은, 는 (x)");
            assertEquals(p, QueryProblem.of(message), message);
            boolean takesOne = !p.text("a").equals(p.text("b"));
            assertEquals(takesOne ? "은, 는 (x)" : "", p.argument(message), message);
        }
        for (QueryNote n : QueryNote.values()) {
            String line = n.text("은, 는 (x)");
            assertEquals(n, QueryNote.of(line), line);
        }
        assertEquals("1000", QueryNote.TOO_LONG.argument(QueryNote.TOO_LONG.text(1000)));
        assertNull(QueryNote.TOO_LONG.argument("the query is longer than 1000 characters: only the first 999 are searched"));
        assertNull(QueryProblem.of("cannot read the search index: disk full"));
        assertNull(QueryProblem.of(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|EMPTY|''",
            "OR|ONLY_OPERATORS|OR",
            "-엔비디아|ONLY_EXCLUSIONS|''",
            "은|ONLY_PARTICLES|은",
            "은 는|ONLY_PARTICLES|'은, 는'"})
    void queriesGiveTheirProblem(String query, QueryProblem problem, String argument) {
        String error = SearchPlan.of(kr.gisa.core.analysis.KoreanAnalysis.shipped(), query).error();
        assertEquals(problem, QueryProblem.of(error), error);
        assertEquals(argument, problem.argument(error));
    }
}
