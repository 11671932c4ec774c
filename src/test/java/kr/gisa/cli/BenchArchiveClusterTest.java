package kr.gisa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.testing.SolrCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gisa bench --archive URL} against the test cluster: both engines measured, the collection removed after. */
@Tag("cluster")
class BenchArchiveClusterTest {

    @TempDir
    Path tmp;

    @Test
    void measuresBothEnginesAndLeavesNoCollectionBehind() throws Exception {
        String url = SolrCluster.get().baseUrl() + "/benchcli";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path report = tmp.resolve("report");
        int code = GisaCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--archive", url,
                "--articles", "40", "--search-rounds", "1", "--shards", "1", "--replicas", "1", "--out", report.toString(),
                "--work", tmp.resolve("work").toString(), "--json");
        assertEquals(0, code, err.toString());
        JsonNode r = new ObjectMapper().readTree(out.toString().substring(0, out.toString().lastIndexOf("wrote")));
        assertEquals(40, r.get("articles").asInt());
        assertTrue(r.get("pushSeconds").asDouble() > 0 && r.get("archiveP50Ms").asDouble() > 0, r.toString());
        assertEquals(r.get("queries").asInt(), r.get("sameTotals").asInt(), "both engines count the same hits: " + r);
        assertTrue(Files.isRegularFile(report.resolve("archive-bench.md")));
        assertTrue(Files.readString(report.resolve("archive-bench.md")).contains("| search p99 |"));
        ArchiveException gone = assertThrows(ArchiveException.class, () -> SolrArchive.open(url).close());
        assertTrue(gone.getMessage().contains("no collection \"benchcli\""), gone.getMessage());
        try (var files = Files.list(tmp.resolve("work"))) {
            assertEquals(0, files.count(), "the generated library and index are deleted too");
        }
        // a collection that exists already is refused, and left as it is
        try (SolrArchive existing = SolrArchive.create(url, 1, 1)) {
            StringWriter e2 = new StringWriter();
            assertEquals(1, GisaCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(e2, true), "bench", "--archive", url,
                    "--articles", "20", "--out", report.toString(), "--work", tmp.resolve("work").toString()));
            assertTrue(e2.toString().contains("exists already"), e2.toString());
            existing.drop();
        }
    }
}
