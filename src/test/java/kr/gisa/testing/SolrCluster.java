package kr.gisa.testing;

import kr.gisa.core.archive.Configset;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real SolrCloud for tests: 3 Solr nodes (Jetty) and an embedded ZooKeeper, in this JVM, started
 * once on first use and shared by every test that needs it ({@link #get()}); a JVM shutdown hook stops
 * it and deletes its folder. The Gisa configset ({@link Configset#zip()}) is uploaded over HTTP as
 * {@value Configset#NAME}, exactly as {@code archive create} uploads it. Tests that use it are named
 * {@code *ClusterTest}.
 *
 * <p>What running MiniSolrCloudCluster under plain JUnit 5 (no {@code SolrTestCaseJ4}, no randomized
 * runner) takes, as found with solr-test-framework 9.10.1:
 * <ul>
 *   <li>{@code Builder.build()}, not {@code configure()} (which belongs to {@code SolrCloudTestCase});</li>
 *   <li>{@code withTraceIdGenerationDisabled()}: otherwise the tracer draws random ids from the
 *       randomized-testing context, which only exists under its own runner;</li>
 *   <li>{@code solr.log.dir} set and SLF4J bound to log4j2 (surefire sets both: {@code slf4j.provider}
 *       names log4j2's provider, since the tests also carry slf4j-jdk14); {@code log4j2-test.xml}
 *       keeps the console to errors;</li>
 *   <li>no security manager, {@code solr.install.dir} or {@code tests.*} properties were needed (Solr
 *       then warns that it has no {@code _default} configset and no install-dir lib folder: harmless).</li>
 * </ul>
 * Starting takes about 7 s on two shared cores, creating a 2×2 collection 1–3 s more. The configset is
 * untrusted (uploaded without authentication), as it is on a real cluster, and needs nothing a trusted one would.
 */
public final class SolrCluster {

    private static final int NODES = 3;
    private static SolrCluster instance;

    private final Path dir;
    private final MiniSolrCloudCluster cluster;

    private SolrCluster() throws Exception {
        Path target = Path.of("target");
        Files.createDirectories(target);
        dir = Files.createTempDirectory(target.toAbsolutePath(), "solr-cluster-");
        if (System.getProperty("solr.log.dir") == null) System.setProperty("solr.log.dir", target.resolve("solr-logs").toAbsolutePath().toString());
        cluster = new MiniSolrCloudCluster.Builder(NODES, dir).withTraceIdGenerationDisabled().build();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "solr-cluster-shutdown"));
        uploadConfigset();
    }

    /** The shared cluster, started on first call (a few seconds). */
    public static synchronized SolrCluster get() {
        if (instance == null) {
            try {
                instance = new SolrCluster();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test SolrCloud: " + e, e);
            }
        }
        return instance;
    }

    /** The cluster itself, e.g. to stop and restart Jetty nodes. */
    public MiniSolrCloudCluster cluster() {
        return cluster;
    }

    /** A ZooKeeper-aware client of the cluster (owned by the cluster: do not close). */
    public CloudSolrClient client() {
        return cluster.getSolrClient();
    }

    /** Node 0's base URL, {@code http://127.0.0.1:port/solr}. */
    public String baseUrl() {
        return cluster.getJettySolrRunner(0).getBaseUrl().toString();
    }

    /** Creates a collection on the {@value Configset#NAME} configset and waits until every replica is active. */
    public void createCollection(String name, int shards, int replicas) {
        try {
            CollectionAdminRequest.createCollection(name, Configset.NAME, shards, replicas).process(client());
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("cannot create collection " + name + ": " + e.getMessage(), e);
        }
        cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, shards, shards * replicas);
    }

    /** Deletes a collection (tests that need a fresh one). */
    public void deleteCollection(String name) {
        try {
            CollectionAdminRequest.deleteCollection(name).process(client());
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("cannot delete collection " + name + ": " + e.getMessage(), e);
        }
    }

    private void uploadConfigset() throws IOException, SolrServerException {
        Path zip = dir.resolve("gisa-configset.zip");
        Files.write(zip, Configset.zip());
        new ConfigSetAdminRequest.Upload().setConfigSetName(Configset.NAME)
                .setUploadFile(zip.toFile(), "application/zip").process(client());
    }

    private void stop() {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("test SolrCloud did not shut down cleanly: " + e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
