package kr.gisa.bench;

import kr.gisa.core.analysis.KoreanAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Analysis chain throughput: Gisa's indexing chain (NFC and number char filters, Nori with the user
 * dictionary, part-of-speech stop filter, reading forms, width and case folding) against Lucene's
 * own {@link KoreanAnalyzer} with its defaults, over the same 200 generated articles. The score is
 * articles per second; the {@code tokens} counter gives tokens per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class AnalysisBenchmark {

    private List<String> texts;
    private Analyzer gisa;
    private Analyzer bare;
    private int next;

    /** Tokens produced, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    @Setup
    public void setUp() {
        CorpusGenerator g = new CorpusGenerator(TextPool.load(Path.of(System.getProperty("gisa.texts", "."))), 6);
        texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) texts.add(g.article(i).text());
        gisa = KoreanAnalysis.shipped().indexAnalyzer();
        bare = new KoreanAnalyzer();
    }

    private String nextText() {
        String t = texts.get(next);
        next = (next + 1) % texts.size();
        return t;
    }

    @Benchmark
    public long gisaChain(Tokens counter) throws IOException {
        return count(gisa, nextText(), counter);
    }

    @Benchmark
    public long bareKoreanAnalyzer(Tokens counter) throws IOException {
        return count(bare, nextText(), counter);
    }

    private static long count(Analyzer analyzer, String text, Tokens counter) throws IOException {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            ts.reset();
            while (ts.incrementToken()) n++;
            ts.end();
        }
        counter.tokens += n;
        return n;
    }
}
