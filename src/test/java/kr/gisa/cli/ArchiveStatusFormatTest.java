package kr.gisa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.core.archive.ArchiveStatus;
import kr.gisa.core.archive.ArchiveStatus.ReplicaState;
import kr.gisa.core.archive.ArchiveStatus.Shard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** How `gisa archive status` prints a degraded archive: a replica down, one leader moved. */
class ArchiveStatusFormatTest {

    private static final ArchiveStatus DEGRADED = new ArchiveStatus("http://a:8983/solr/news", "news", List.of(
            new Shard("shard1", "active", List.of(
                    new ReplicaState("core_node3", "a:8983_solr", "down", false, -1),
                    new ReplicaState("core_node5", "b:8983_solr", "active", true, 48210))),
            new Shard("shard2", "active", List.of(
                    new ReplicaState("core_node7", "b:8983_solr", "active", true, 47995),
                    new ReplicaState("core_node8", "c:8983_solr", "active", false, 47995)))),
            List.of("b:8983_solr", "c:8983_solr"), 4520);

    @Test
    void text() {
        assertFalse(DEGRADED.healthy());
        assertEquals("""
                archive http://a:8983/solr/news: 4520 articles, 2 shards, DEGRADED
                  shard1 (active)
                    core_node3   down              a:8983_solr                  -
                    core_node5   active     leader b:8983_solr                  48210 docs
                  shard2 (active)
                    core_node7   active     leader b:8983_solr                  47995 docs
                    core_node8   active            c:8983_solr                  47995 docs
                live nodes (2): b:8983_solr, c:8983_solr
                """, ArchiveCommand.text(DEGRADED));
    }

    @Test
    void json() throws Exception {
        var root = new ObjectMapper().readTree(ArchiveCommand.json(DEGRADED));
        assertEquals(4520, root.get("articles").asInt());
        assertFalse(root.get("healthy").asBoolean());
        assertEquals("[\"b:8983_solr\",\"c:8983_solr\"]", root.get("live_nodes").toString());
        assertEquals("{\"name\":\"core_node3\",\"node\":\"a:8983_solr\",\"state\":\"down\",\"leader\":false,\"docs\":null}",
                root.get("shards").get(0).get("replicas").get(0).toString());
    }
}
