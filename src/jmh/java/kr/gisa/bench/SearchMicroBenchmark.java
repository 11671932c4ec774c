package kr.gisa.bench;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Query parse + search + highlight on a small index (1,000 generated articles): Gisa's
 * {@link SearchIndex#search} (its query syntax, strict/relaxed ranking, snippets and highlight
 * spans for the top 10) against bare Lucene (classic query parser, top 10 ids, no highlighting) on a
 * one-document-per-article index of the same texts. Each call runs the next query of {@link QuerySet}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class SearchMicroBenchmark {

    private Path dir;
    private SearchIndex index;
    private BareLucene bare;
    private int next;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("gisa-jmh");
        CorpusGenerator g = new CorpusGenerator(TextPool.load(Path.of(System.getProperty("gisa.texts", "."))), 6);
        g.writeLibrary(dir.resolve("library"), 1000, null);
        Library library = new Library(dir.resolve("library"));
        List<String> ids = library.ids();
        List<String> texts = new ArrayList<>();
        for (String id : ids) texts.add(CorpusGenerator.indexedText(library.load(id)));
        bare = BareLucene.create(KoreanAnalysis.shipped().indexAnalyzer(), dir.resolve("bare"));
        bare.build(ids, texts);
        index = SearchIndex.open(library, dir.resolve("gisa"), IndexProgress.NONE);
    }

    @TearDown
    public void tearDown() throws IOException {
        index.close();
        bare.close();
        BenchRunner.deleteTree(dir);
    }

    private QuerySet.Query nextQuery() {
        QuerySet.Query q = QuerySet.QUERIES.get(next);
        next = (next + 1) % QuerySet.QUERIES.size();
        return q;
    }

    @Benchmark
    public SearchResult gisaSearchWithHighlights() {
        return index.search(nextQuery().gisa(), 10);
    }

    @Benchmark
    public List<String> bareLuceneSearch() throws IOException {
        return bare.search(nextQuery().bare(), 10);
    }
}
