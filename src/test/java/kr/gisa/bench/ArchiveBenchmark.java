package kr.gisa.bench;

import kr.gisa.core.archive.PushStats;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.core.search.ArticleSearch;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.testing.SolrCluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: the embedded index beside a SolrCloud archive on the same generated corpus —
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
        try {
            System.out.println(run(tmp, articles, rounds));
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        System.exit(0); // the cluster's threads: its shutdown hook stops it
    }

    static String run(Path tmp, int articles, int rounds) throws Exception {
        log("generating " + articles + " articles");
        Library library = new Library(tmp.resolve("library"));
        new CorpusGenerator(TextPool.load(Path.of(".")), 6).writeLibrary(library.root(), articles, null);

        log("building the embedded index");
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.open(library, tmp.resolve("index"), IndexProgress.NONE);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;

        log("starting the cluster and creating the collection");
        SolrCluster solr = SolrCluster.get();
        SolrArchive archive = SolrArchive.create(solr.baseUrl() + "/bench", 2, 2);
        log("pushing");
        t0 = System.nanoTime();
        PushStats push = archive.push(library, (done, total, phase) -> {
            if (done % 1000 == 0) log(phase + " " + done + "/" + total);
        }, false, () -> false);
        double pushSeconds = (System.nanoTime() - t0) / 1e9;
        log(push.summary());

        log("search latency: " + QuerySet.QUERIES.size() + " queries × " + rounds + " rounds");
        Samples local = latency(index, rounds);
        Samples remote = latency(archive, rounds);
        int same = 0;
        for (QuerySet.Query q : QuerySet.QUERIES) {
            SearchResult a = index.search(q.gisa(), 10), b = archive.search(q.gisa(), 10);
            if (a.total() == b.total() || !a.totalExact() && !b.totalExact()) same++; // or "1000+" on both
            else log("totals differ for " + q.gisa() + ": " + a.total() + " / " + b.total());
        }
        index.close();
        archive.close();

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%,d generated articles; %s; load average at the end %s%n%n", articles,
                Machine.describe(), Machine.loadAverage()));
        md.append("| | embedded index | SolrCloud archive, 2 shards × 2 replicas (3 nodes in-process) |\n");
        md.append("|---|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| index build / push, until searchable | %.1f s (%.0f articles/s) | %.1f s (%.0f articles/s) |%n",
                buildSeconds, articles / buildSeconds, pushSeconds, articles / pushSeconds));
        md.append(String.format(Locale.ROOT, "| search p50 (limit 10, highlighted) | %.1f ms | %.1f ms |%n", local.median(), remote.median()));
        md.append(String.format(Locale.ROOT, "| search p99 | %.1f ms | %.1f ms |%n", local.percentile(99), remote.percentile(99)));
        md.append(String.format(Locale.ROOT, "| queries with the same total (or both 1000+) | | %d of %d |%n", same, QuerySet.QUERIES.size()));
        return md.toString();
    }

    private static Samples latency(ArticleSearch search, int rounds) {
        for (QuerySet.Query q : QuerySet.QUERIES) check(search.search(q.gisa(), 10)); // warm-up
        Samples s = new Samples();
        for (int r = 0; r < rounds; r++) {
            for (QuerySet.Query q : QuerySet.QUERIES) {
                long t = System.nanoTime();
                check(search.search(q.gisa(), 10));
                s.since(t);
            }
        }
        return s;
    }

    private static void check(SearchResult r) {
        if (r.error() != null) throw new IllegalStateException(r.query() + ": " + r.error());
    }

    private static void log(String what) {
        System.err.println("archive bench: " + what);
    }
}
