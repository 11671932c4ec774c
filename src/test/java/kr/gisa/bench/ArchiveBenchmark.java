package kr.gisa.bench;

import kr.gisa.testing.SolrCluster;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark, not a test: {@code gisa bench --archive} ({@link ArchiveBench}) on the test cluster —
 * the embedded index beside a SolrCloud archive on the same generated corpus —
 * index build against push throughput (articles per second, until searchable), and search latency
 * p50/p99 over the bench query set (limit 10, with highlighting), after a warm-up round. The cluster is
 * the test one ({@link SolrCluster}: 3 Solr nodes and ZooKeeper in this JVM), the collection 2 shards ×
 * 2 replicas; client, index and cluster share this machine's cores, so the figures are a floor for a
 * real cluster, whose nodes have cores of their own.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -Dsolr.log.dir=target/solr-logs -Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.gisa.bench.ArchiveBenchmark [--articles N] [--rounds R]
 * </pre>
 * Run it from the repository folder (the corpus is recombined from its Korean texts).
 */
public final class ArchiveBenchmark {

    public static void main(String[] args) throws Exception {
        int articles = 10_000;
        int rounds = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path tmp = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "archive-bench-");
        System.out.println(run(tmp, articles, rounds)); // which deletes tmp and the collection afterwards
        System.exit(0); // the cluster's threads: its shutdown hook stops it
    }

    static String run(Path tmp, int articles, int rounds) throws Exception {
        // the same run as 'gisa bench --archive URL', on the test cluster started in this JVM
        return ArchiveBench.run(tmp, Path.of("."), 6, articles, rounds, SolrCluster.get().baseUrl() + "/bench", 2, 2, false,
                System.err).toMarkdown();
    }
}
