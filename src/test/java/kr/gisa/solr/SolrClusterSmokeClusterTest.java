package kr.gisa.solr;

import kr.gisa.testing.SolrCluster;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test cluster starts, takes the Gisa configset, and a 2×2 collection indexes and finds a Korean document. */
@Tag("cluster")
class SolrClusterSmokeClusterTest {

    @Test
    void collectionIndexesAndFindsKorean() throws Exception {
        SolrCluster solr = SolrCluster.get();
        solr.createCollection("smoke", 2, 2);
        try (Http2SolrClient client = new Http2SolrClient.Builder(solr.baseUrl()).build()) {
            SolrInputDocument d = new SolrInputDocument();
            d.addField("key", "a1!paragraph-0-0");
            d.addField("id", "a1");
            d.addField("type", "unit");
            d.addField("kind", "paragraph");
            d.addField("text", "현대자동차그룹이 26만 대를 팔았다.");
            d.addField("bigram", "현대자동차그룹이 26만 대를 팔았다.");
            d.addField("boost", 1f);
            client.add("smoke", List.of(d));
            client.commit("smoke");
            QueryResponse r = client.query("smoke", new SolrQuery("text:자동차"));
            assertEquals(1, r.getResults().getNumFound());
            SolrDocument found = r.getResults().get(0);
            assertEquals("a1", found.getFieldValue("id"));
            assertEquals(1, client.query("smoke", new SolrQuery("text:260000")).getResults().getNumFound());
            assertEquals(1, client.query("smoke", new SolrQuery("bigram:동차")).getResults().getNumFound());
        }
        solr.deleteCollection("smoke");
    }
}
