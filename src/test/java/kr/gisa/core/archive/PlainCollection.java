package kr.gisa.core.archive;

import kr.gisa.testing.SolrCluster;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A collection that is not a Gisa archive: a bare schema (key and a plain text field), made once. */
final class PlainCollection {

    static final String NAME = "plain";
    private static boolean made;

    private PlainCollection() {
    }

    static synchronized String create() throws Exception {
        if (made) return NAME;
        Map<String, String> files = Map.of(
                "solrconfig.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <config>
                          <luceneMatchVersion>9.12</luceneMatchVersion>
                          <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
                          <updateHandler class="solr.DirectUpdateHandler2"><updateLog/></updateHandler>
                          <requestHandler name="/select" class="solr.SearchHandler"/>
                        </config>
                        """,
                "managed-schema.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <schema name="plain" version="1.6">
                          <uniqueKey>key</uniqueKey>
                          <fieldType name="string" class="solr.StrField"/>
                          <fieldType name="plong" class="solr.LongPointField"/>
                          <fieldType name="text" class="solr.TextField"><analyzer><tokenizer name="standard"/></analyzer></fieldType>
                          <field name="_version_" type="plong" indexed="false" stored="false" docValues="true"/>
                          <field name="key" type="string" indexed="true" stored="true" required="true"/>
                          <field name="text" type="text" indexed="true" stored="true"/>
                        </schema>
                        """);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        SolrCluster solr = SolrCluster.get();
        new ConfigSetAdminRequest.Upload().setConfigSetName(NAME)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(bytes.toByteArray(), "plain.zip", "application/zip"))
                .process(solr.client());
        CollectionAdminRequest.createCollection(NAME, NAME, 1, 1).process(solr.client());
        solr.cluster().waitForActiveCollection(NAME, 1, 1);
        made = true;
        return NAME;
    }
}
