package kr.gisa.bench;

import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.PushStats;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.core.search.ArticleSearch;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryCache;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code gisa bench --archive URL}: the embedded index beside a SolrCloud archive on the same generated
 * corpus. Index build against push, until searchable (articles per second), and search latency p50/p99
 * over the bench query set (limit 10, highlighted) after a warm-up round, and whether both engines
 * count the same hits. The collection the URL names is created for the run (it must not exist) and
 * deleted afterwards unless kept. Client, embedded index and the cluster's nodes may share cores: on
 * one machine the figures are a floor for a real cluster.
 */
public final class ArchiveBench {

    /** The measured figures; {@code sameTotals} of {@code queries} gave the same total on both engines. */
    public record Result(Map<String, Object> machine, int articles, int shards, int replicas, double buildSeconds,
                         double pushSeconds, double localP50, double localP99, double remoteP50, double remoteP99,
                         int sameTotals, int queries, String collection, boolean kept) {

        public String toJson() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper()
                        .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(toMap(this)) + "\n";
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Writes archive-bench.json and archive-bench.md into {@code dir} (each atomically). */
        public void write(Path dir) throws IOException {
            java.nio.file.Files.createDirectories(dir);
            kr.gisa.core.store.AtomicFiles.write(dir.resolve("archive-bench.json"), toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            kr.gisa.core.store.AtomicFiles.write(dir.resolve("archive-bench.md"), toMarkdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public String toMarkdown() {
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "Gisa archive benchmark: %,d generated articles; %s, %s cores; load %s%n%n",
                    articles, machine.get("cpu"), machine.get("cores"), machine.get("loadAfter")));
            md.append(String.format(Locale.ROOT, "| | embedded index | SolrCloud archive, %d × %d |%n", shards, replicas));
            md.append("|---|---:|---:|\n");
            md.append(String.format(Locale.ROOT, "| index build / push, until searchable | %.1f s (%.0f articles/s) | %.1f s (%.0f articles/s) |%n",
                    buildSeconds, articles / buildSeconds, pushSeconds, articles / pushSeconds));
            md.append(String.format(Locale.ROOT, "| search p50 (limit 10, highlighted) | %.1f ms | %.1f ms |%n", localP50, remoteP50));
            md.append(String.format(Locale.ROOT, "| search p99 | %.1f ms | %.1f ms |%n", localP99, remoteP99));
            md.append(String.format(Locale.ROOT, "| queries whose totals agree (an exact count ≥ a \"1000+\") | | %d of %d |%n", sameTotals, queries));
            md.append('\n').append(kept ? "kept the collection \"" + collection + "\"" : "deleted the collection \"" + collection + "\"");
            return md.toString();
        }
    }

    private ArchiveBench() {
    }

    /**
     * Runs the comparison in {@code work} (the library and the embedded index go there). Unless
     * {@code keep}, the collection and {@code work} are deleted afterwards, whether the run succeeded or not.
     *
     * @throws ArchiveException one line: the cluster is unreachable, the collection exists already…
     */
    public static Result run(Path work, Path texts, long seed, int articles, int rounds, String url, int shards, int replicas,
                             boolean keep, PrintStream log) throws IOException, StoreException, ArchiveException {
        // As in the main bench: no query cache, so the repeated query set is measured in full each time.
        QueryCache cache = IndexSearcher.getDefaultQueryCache();
        IndexSearcher.setDefaultQueryCache(null);
        try {
            Map<String, Object> machine = Machine.describe();
            log.println("archive bench: generating " + articles + " articles");
            Library library = new Library(work.resolve("library"));
            new CorpusGenerator(TextPool.load(texts), seed).writeLibrary(library.root(), articles, null);
            log.println("archive bench: creating " + url + " (" + shards + " × " + replicas + ")");
            SolrArchive archive = SolrArchive.create(url, shards, replicas);
            try {
                return measure(machine, library, work, archive, articles, rounds, shards, replicas, keep, log);
            } finally {
                if (keep) {
                    archive.close();
                } else {
                    try {
                        archive.drop();
                    } catch (ArchiveException e) {
                        log.println("archive bench: " + e.getMessage());
                    }
                }
            }
        } finally {
            IndexSearcher.setDefaultQueryCache(cache);
            if (!keep) BenchRunner.deleteTree(work);
        }
    }

    private static Result measure(Map<String, Object> machine, Library library, Path work, SolrArchive archive, int articles,
                                  int rounds, int shards, int replicas, boolean keep, PrintStream log) throws IOException, ArchiveException {
        log.println("archive bench: building the embedded index");
        long t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(library, work.resolve("index"), IndexProgress.NONE)) { // builds it
            double build = (System.nanoTime() - t0) / 1e9;
            log.println("archive bench: pushing");
            t0 = System.nanoTime();
            PushStats push = archive.push(library, IndexProgress.NONE, false, () -> false);
            double pushed = (System.nanoTime() - t0) / 1e9;
            log.println("archive bench: " + push.summary());
            log.println("archive bench: search latency, " + QuerySet.QUERIES.size() + " queries × " + rounds + " rounds");
            Samples local = latency(index, rounds);
            Samples remote = latency(archive, rounds);
            int same = 0;
            for (QuerySet.Query q : QuerySet.QUERIES) {
                SearchResult a = index.search(q.gisa(), 10);
                SearchResult b = archive.search(q.gisa(), 10);
                if (agree(a, b)) same++;
                else log.println("archive bench: totals differ for " + q.gisa() + ": " + count(a) + " / " + count(b));
            }
            machine.put("loadAfter", Machine.loadAverage());
            return new Result(machine, articles, shards, replicas, build, pushed, local.median(), local.percentile(99),
                    remote.median(), remote.percentile(99), same, QuerySet.QUERIES.size(), archive.collection(), keep);
        }
    }

    /**
     * Whether two engines' totals agree: equal when both are exact, or both past the exact count, or the
     * exact one at least the other's lower bound. Counting stops past 1,000 per index, and per shard
     * on the archive: two shards of 700 hits each count 1,400 exactly where one index says "1,000+".
     */
    static boolean agree(SearchResult a, SearchResult b) {
        if (a.totalExact() && b.totalExact()) return a.total() == b.total();
        if (!a.totalExact() && !b.totalExact()) return true;
        return a.totalExact() ? a.total() >= b.total() : b.total() >= a.total();
    }

    private static String count(SearchResult r) {
        return r.total() + (r.totalExact() ? "" : "+");
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

    /** The result as a JSON-ready map. */
    public static Map<String, Object> toMap(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("machine", r.machine());
        m.put("articles", r.articles());
        m.put("shards", r.shards());
        m.put("replicas", r.replicas());
        m.put("buildSeconds", r.buildSeconds());
        m.put("pushSeconds", r.pushSeconds());
        m.put("embeddedP50Ms", r.localP50());
        m.put("embeddedP99Ms", r.localP99());
        m.put("archiveP50Ms", r.remoteP50());
        m.put("archiveP99Ms", r.remoteP99());
        m.put("sameTotals", r.sameTotals());
        m.put("queries", r.queries());
        m.put("collection", r.collection());
        m.put("kept", r.kept());
        return m;
    }
}
