package kr.gisa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.cli.GisaCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench command end to end at a tiny size: every figure present with its baseline and ratio. No timing asserted. */
class BenchSmokeTest {

    private static final List<String> FIGURES = List.of("index_build", "index_build_threads", "index_size", "search_p50",
            "search_p99", "search_first_round", "update_one", "pdf_briefing", "peak_rss", "cold_start",
            "cold_start_complete", "cold_start_no_archive", "cold_start_library");

    @Test
    void benchWritesEveryFigureWithItsBaseline(@TempDir Path tmp) throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("work")).resolve("mine.txt");
        Files.writeString(mine, "the user's own file");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = GisaCli.run(new PrintWriter(out), new PrintWriter(err), "bench", "--articles", "50",
                "--cold-runs", "1", "--search-rounds", "2", "--out", tmp.resolve("report").toString(),
                "--work", tmp.resolve("work").toString());
        assertEquals(0, code, err.toString());
        JsonNode report = new ObjectMapper().readTree(Files.readString(tmp.resolve("report/bench.json")));
        assertEquals(50, report.at("/corpus/articles").asInt());
        Set<String> keys = new HashSet<>();
        java.util.Map<String, Double> gisa = new java.util.HashMap<>();
        for (JsonNode f : report.get("figures")) {
            String key = f.get("key").asText();
            keys.add(key);
            gisa.put(key, f.get("gisa").asDouble());
            for (String field : List.of("gisa", "bare", "ratio")) {
                assertTrue(f.get(field).isNumber() && f.get(field).asDouble() > 0, key + " has a positive " + field);
            }
            assertEquals(f.get("gisa").asDouble() / f.get("bare").asDouble(), f.get("ratio").asDouble(),
                    0.01 * f.get("ratio").asDouble() + 0.001, key + " ratio is gisa ÷ bare");
        }
        assertEquals(Set.copyOf(FIGURES), keys);
        assertTrue(gisa.get("cold_start_complete") > gisa.get("cold_start"), "the menus and sidebar come after the article");
        String table = Files.readString(tmp.resolve("report/bench.md"));
        for (String label : List.of("index build", "search latency p99", "cold start")) assertTrue(table.contains(label), label);
        assertTrue(out.toString().contains("| figure | Gisa | bare |"), "the table is printed");
        try (var left = Files.list(tmp.resolve("work"))) {
            assertEquals(List.of(mine), left.toList(), "the generated libraries are removed, the folder's own files kept");
        }
    }

    @Test
    void badSizeIsAOneLineUserError() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = GisaCli.run(new PrintWriter(out), new PrintWriter(err), "bench", "--articles", "3");
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("gisa: --articles must be"), err.toString());
    }
}
