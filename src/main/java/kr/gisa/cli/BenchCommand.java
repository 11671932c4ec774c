package kr.gisa.cli;

import kr.gisa.bench.BenchOptions;
import kr.gisa.bench.BenchReport;
import kr.gisa.bench.BenchRunner;
import kr.gisa.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Gisa on a generated library of N Korean articles, each figure beside a bare "
                + "Lucene/PDFBox/JavaFX baseline run at the same time: index build, add/change one article, "
                + "search latency, PDF briefing, index size, peak memory, cold start.",
                "Writes bench.json and bench.md to --out and prints the table. Run it from the repository "
                        + "folder (the corpus is recombined from its Korean texts) or pass --texts."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Articles in the generated library (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--json", description = "Print the JSON report instead of the table.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where to write bench.json and bench.md (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "6", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--texts", paramLabel = "DIR", defaultValue = ".",
            description = "Repository folder with articles/ and src/test/resources/eval/summary/ (default: the working folder).")
    Path texts;

    @Option(names = "--cold-runs", paramLabel = "K", defaultValue = "3",
            description = "Child JVMs per cold-start variant, median taken; 0 skips cold start (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--search-rounds", paramLabel = "R", defaultValue = "25",
            description = "Rounds over the query set for search latency (default: ${DEFAULT-VALUE}).")
    int searchRounds;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where to build the libraries and indexes, in a new folder inside DIR (default: the system temporary folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the generated libraries and indexes (and the --archive collection).")
    boolean keep;

    @Option(names = "--archive", paramLabel = "URL",
            description = "Instead: the embedded index beside a SolrCloud archive — build against push, search "
                    + "latency, same totals. URL names a collection to create for the run (it must not exist; "
                    + "deleted afterwards unless --keep), e.g. http://localhost:8983/solr/gisa-bench.")
    String archive;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "With --archive: shards (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "2", description = "With --archive: replicas per shard (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Override
    public Integer call() {
        if (articles < 10 || articles > 1_000_000) throw new UserException("--articles must be 10..1,000,000, not " + articles);
        if (coldRuns < 0 || coldRuns > 50) throw new UserException("--cold-runs must be 0..50");
        if (searchRounds < 1 || searchRounds > 1000) throw new UserException("--search-rounds must be 1..1000");
        if (!Files.isDirectory(texts.resolve("articles")) || !Files.isDirectory(texts.resolve("src/test/resources/eval"))) {
            throw new UserException("no Korean sample texts in " + texts.toAbsolutePath().normalize()
                    + " (articles/ and src/test/resources/eval/): run from the Gisa repository folder or pass --texts DIR");
        }
        Path dir;
        try {
            // Always a fresh folder of our own: it is deleted afterwards, so never the user's folder itself.
            dir = work != null ? Files.createTempDirectory(Files.createDirectories(work), "gisa-bench")
                    : Files.createTempDirectory("gisa-bench");
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserException("cannot create folder: " + e.getMessage());
        }
        if (archive != null) return archive(dir);
        BenchReport report;
        try {
            report = new BenchRunner(new BenchOptions(articles, seed, texts, dir, coldRuns, searchRounds, keep),
                    System.err).run();
        } catch (IOException | StoreException | IllegalArgumentException e) {
            throw new UserException("bench failed: " + e.getMessage());
        }
        return publish(report::write, json ? report.toJson() : report.toMarkdown(), "bench");
    }

    private Integer archive(Path dir) {
        kr.gisa.bench.ArchiveBench.Result r;
        try {
            r = kr.gisa.bench.ArchiveBench.run(dir, texts, seed, articles, searchRounds, archive, shards, replicas, keep, System.err);
        } catch (kr.gisa.core.archive.ArchiveException e) {
            throw new UserException(e.getMessage());
        } catch (IOException | StoreException | IllegalArgumentException | IllegalStateException e) {
            throw new UserException("bench failed: " + e.getMessage());
        }
        return publish(r::write, json ? r.toJson() : r.toMarkdown(), "archive-bench");
    }

    /** Writes a report's files ({@code name}.json and .md) to --out, prints it and says where it went. */
    private Integer publish(ReportFiles files, String printed, String name) {
        try {
            files.writeTo(out);
        } catch (IOException e) {
            throw new UserException("cannot write the report to " + out + ": " + e.getMessage());
        }
        java.io.PrintWriter o = spec.commandLine().getOut();
        o.println(printed);
        o.println("wrote " + out.resolve(name + ".json") + " and " + out.resolve(name + ".md"));
        o.flush();
        return 0;
    }

    @FunctionalInterface
    private interface ReportFiles {
        void writeTo(Path dir) throws IOException;
    }
}
