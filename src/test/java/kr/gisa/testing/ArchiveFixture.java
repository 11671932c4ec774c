package kr.gisa.testing;

import kr.gisa.bench.CorpusGenerator;
import kr.gisa.bench.TextPool;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.PushStats;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One archive for the cluster tests, made once per test JVM: a library of the stored seed article and
 * {@value #GENERATED} generated Korean articles, the embedded index of that library, and the
 * collection {@value #COLLECTION} (2 shards × 2 replicas on {@link SolrCluster}) created by
 * {@link SolrArchive#create} and filled by {@link SolrArchive#push}. Tests only read it.
 */
public final class ArchiveFixture {

    public static final String COLLECTION = "news";
    public static final int GENERATED = 200;
    public static final long CORPUS_SEED = 17;

    private static ArchiveFixture instance;

    private final Path dir;
    private final Library library;
    private final SearchIndex embedded;
    private final PushStats firstPush;

    private ArchiveFixture() throws IOException, StoreException, ArchiveException {
        SolrCluster solr = SolrCluster.get();
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "archive-fixture-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "archive-fixture-cleanup"));
        library = library(dir.resolve("library"), GENERATED, CORPUS_SEED);
        embedded = SearchIndex.open(library, dir.resolve("index"), IndexProgress.NONE);
        try (SolrArchive archive = SolrArchive.create(solr.baseUrl() + "/" + COLLECTION, 2, 2)) {
            firstPush = archive.push(library, IndexProgress.NONE, false, () -> false);
        }
    }

    public static synchronized ArchiveFixture get() {
        if (instance == null) {
            try {
                instance = new ArchiveFixture();
            } catch (IOException | StoreException | ArchiveException e) {
                throw new IllegalStateException("cannot make the test archive: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    /** A library of the seed article and {@code generated} articles of corpus {@code seed}, at {@code root}. */
    public static Library library(Path root, int generated, long seed) throws IOException, StoreException {
        Path article = Seed.libraryRoot().resolve(Seed.ID);
        Files.createDirectories(root.resolve(Seed.ID));
        try (Stream<Path> files = Files.list(article)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, root.resolve(Seed.ID).resolve(f.getFileName()));
        }
        new CorpusGenerator(TextPool.load(Path.of(".")), seed).writeLibrary(root, generated, null);
        return new Library(root);
    }

    /** The archive URL: node 0 and the collection. */
    public String url() {
        return SolrCluster.get().baseUrl() + "/" + COLLECTION;
    }

    public Library library() {
        return library;
    }

    /** The embedded index of the same library. */
    public SearchIndex embedded() {
        return embedded;
    }

    /** What the push that filled the archive did. */
    public PushStats firstPush() {
        return firstPush;
    }

    /** Deletes a folder and everything in it. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
