package kr.gisa.solr;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Manual check of the plugin jar as an administrator installs it: a one-node SolrCloud whose only copy of
 * Gisa's classes is {@code gisa-solr-plugin.jar} in the node's shared lib folder (the mechanism of
 * {@code <solr_home>/lib}), not the class path. Creates a collection on the Gisa configset, indexes a
 * Korean document and searches it with {@code {!gisa}} and the highlighter. Not a unit test: the jar
 * exists only after {@code mvn package}. Run (after {@code mvn package}):
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider -cp "$(cat target/cp.txt):target/test-classes" kr.gisa.solr.PluginJarCheck target/gisa-solr-plugin.jar
 * </pre>
 * It fails at once if kr.gisa classes are on the class path (target/classes must not be).
 */
public final class PluginJarCheck {

    public static void main(String[] args) throws Exception {
        try {
            Class.forName("kr.gisa.solr.GisaQParserPlugin");
            throw new IllegalStateException("Gisa's classes are on the class path: the check would prove nothing");
        } catch (ClassNotFoundException expected) {
            // only the shared lib folder holds them
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path base = Files.createTempDirectory("gisa-plugin-check");
        Path lib = Files.createDirectories(base.resolve("lib"));
        Files.copy(jar, lib.resolve(jar.getFileName()));
        if (System.getProperty("solr.log.dir") == null) System.setProperty("solr.log.dir", base.resolve("logs").toString());
        String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace("<solr>\n",
                "<solr>\n  <str name=\"sharedLib\">" + lib + "</str>\n");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(1, base.resolve("cluster"))
                .withSolrXml(solrXml).withTraceIdGenerationDisabled().build();
        try (URLClassLoader plugin = new URLClassLoader(new URL[]{jar.toUri().toURL()});
             Http2SolrClient client = new Http2SolrClient.Builder(cluster.getJettySolrRunner(0).getBaseUrl().toString()).build()) {
            // the configset exactly as Gisa uploads it, read from the same jar
            byte[] zip = (byte[]) plugin.loadClass("kr.gisa.core.archive.Configset").getMethod("zip").invoke(null);
            Path zipFile = base.resolve("gisa.zip");
            Files.write(zipFile, zip);
            new ConfigSetAdminRequest.Upload().setConfigSetName("gisa").setUploadFile(zipFile.toFile(), "application/zip").process(client);
            CollectionAdminRequest.createCollection("news", "gisa", 1, 1).process(client);
            cluster.waitForActiveCollection("news", 1, 1);

            SolrInputDocument d = new SolrInputDocument();
            d.addField("key", "a1!paragraph-0-0");
            d.addField("id", "a1");
            d.addField("kind", "paragraph");
            d.addField("text", "현대자동차그룹에 엔비디아 GPU 26만장을 공급한다.");
            d.addField("bigram", "현대자동차그룹에 엔비디아 GPU 26만장을 공급한다.");
            d.addField("boost", 1f);
            client.add("news", List.of(d));
            client.commit("news");

            SolrQuery q = new SolrQuery("{!gisa part=strict v=$gq}");
            q.set("gq", "nvidia 260,000장 자동*");
            q.set("hl", true);
            q.set("hl.method", "unified");
            q.set("hl.q", "{!gisa part=highlight v=$gq}");
            q.set("hl.fl", "text");
            q.set("hl.offsetSource", "POSTINGS");
            q.set("hl.bs.type", "WHOLE");
            q.set("hl.fragsize", 0);
            q.set("fl", "key,score");
            QueryResponse r = client.query("news", q);
            System.out.println("found " + r.getResults().getNumFound() + ": " + r.getResults());
            System.out.println("highlight: " + r.getHighlighting());
            var analysis = new FieldAnalysisRequest().addFieldType("gisa_ko").addFieldType("gisa_bigram")
                    .setFieldValue("ＧＰＵ 26만장 韓國").process(client, "news");
            for (String type : List.of("gisa_ko", "gisa_bigram")) {
                var phases = analysis.getFieldTypeAnalysis(type).getIndexPhases();
                List<String> classes = new java.util.ArrayList<>();
                phases.forEach(p -> classes.add(p.getClassName().substring(p.getClassName().lastIndexOf('.') + 1)));
                var last = new java.util.ArrayList<String>();
                phases.forEach(p -> {
                    last.clear();
                    p.getTokens().forEach(t -> last.add(t.getText()));
                });
                System.out.println(type + ": " + classes + " → " + last);
            }
            if (r.getResults().getNumFound() != 1) throw new AssertionError("the plugin did not find the document");
            System.out.println("plugin jar OK");
        } finally {
            cluster.shutdown();
        }
    }
}
