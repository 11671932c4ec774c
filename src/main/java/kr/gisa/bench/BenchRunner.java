package kr.gisa.bench;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.brief.Briefing;
import kr.gisa.core.brief.BriefingBuilder;
import kr.gisa.core.brief.BriefingOptions;
import kr.gisa.core.brief.export.PdfExporter;
import kr.gisa.core.model.Article;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryCache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the whole-program figures at N articles, each beside its bare baseline in the same run:
 * index build throughput, one article added or changed until searchable, search latency, the PDF
 * briefing, index size, peak memory and cold start (the last two in child JVMs). Progress goes to
 * {@code log}; the figures come back as a {@link BenchReport}.
 */
public final class BenchRunner {

    static final int UPDATE_REPEATS = 5;
    static final int PDF_WARMUP = 5;
    static final int PDF_RUNS = 15;

    private final BenchOptions options;
    private final PrintStream log;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> corpus = new LinkedHashMap<>();

    public BenchRunner(BenchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public BenchReport run() throws IOException, StoreException {
        long start = System.nanoTime();
        Map<String, Object> machine = Machine.describe();
        machine.put("loadBefore", Machine.loadAverage());
        Path work = options.work();
        Files.createDirectories(work);
        // The query set runs 30 times over: with Lucene's query cache (on by default, for every searcher
        // made from here on) a query's unscored parts would come from its earlier runs' cached matches,
        // which a user's next, different query does not have. Both sides measure every run in full.
        QueryCache cache = IndexSearcher.getDefaultQueryCache();
        IndexSearcher.setDefaultQueryCache(null);
        try {
            measure(work);
        } finally {
            IndexSearcher.setDefaultQueryCache(cache);
            if (!options.keep()) deleteTree(work);
        }
        machine.put("loadAfter", Machine.loadAverage());
        return new BenchReport(machine, corpus, figures, (System.nanoTime() - start) / 1e9);
    }

    private void measure(Path work) throws IOException, StoreException {
        int n = options.articles();
        TextPool pool = TextPool.load(options.texts());
        CorpusGenerator gen = new CorpusGenerator(pool, options.seed());
        Path libDir = work.resolve("library");
        step("writing " + n + " articles to " + libDir);
        long t = System.nanoTime();
        gen.writeLibrary(libDir, n, i -> {
            if (i % 2000 == 0) log.println("  " + i + " articles");
        });
        double writeSeconds = (System.nanoTime() - t) / 1e9;
        Library library = new Library(libDir);
        List<String> ids = new ArrayList<>(n);
        List<String> texts = new ArrayList<>(n);
        long textBytes = 0;
        for (String id : library.ids()) {
            String text = CorpusGenerator.indexedText(library.load(id));
            ids.add(id);
            texts.add(text);
            textBytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        double textMB = textBytes / 1e6;
        corpus.put("articles", ids.size());
        corpus.put("seed", options.seed());
        corpus.put("textMB", Math.round(textMB * 100) / 100.0);
        corpus.put("meanChars", texts.stream().mapToInt(String::length).average().orElse(0));
        corpus.put("sampleTexts", pool.sourceArticles());
        corpus.put("poolSentences", pool.sentences().size());
        corpus.put("writeSeconds", Math.round(writeSeconds * 10) / 10.0);

        KoreanAnalysis analysis = KoreanAnalysis.shipped();
        warmUp(work, library, analysis, ids, texts);

        step("index build: bare Lucene loop");
        Path bareDir = work.resolve("bare-index");
        BareLucene bare = BareLucene.create(analysis.indexAnalyzer(), bareDir);
        t = System.nanoTime();
        bare.build(ids, texts);
        double bareSeconds = (System.nanoTime() - t) / 1e9;

        int threads = SearchIndex.buildThreads();
        step("index build: bare Lucene on " + threads + " threads");
        Path bareThreadsDir = work.resolve("bare-index-threads");
        double bareThreadsSeconds;
        try (BareLucene parallel = BareLucene.create(analysis.indexAnalyzer(), bareThreadsDir)) {
            t = System.nanoTime();
            parallel.build(ids, texts, threads);
            bareThreadsSeconds = (System.nanoTime() - t) / 1e9;
        }
        deleteTree(bareThreadsDir);
        // The texts were the bare loops' input only (Gisa reads the library): at 100,000 articles they
        // are 700 MB of heap that every later figure's collections would otherwise work around.
        texts.clear();

        step("index build: Gisa");
        Path gisaDir = work.resolve("gisa-index");
        t = System.nanoTime();
        SearchIndex index = SearchIndex.open(library, gisaDir, IndexProgress.NONE);
        double gisaSeconds = (System.nanoTime() - t) / 1e9;
        double gisaRate = textMB / gisaSeconds, bareRate = textMB / bareSeconds;
        String used = threads == 1 ? "1 thread" : threads + " threads";
        figures.add(Figure.of("index_build", "index build", "MB text/s", gisaRate, bareRate, "≥ 0.9 × bare",
                gisaRate >= 0.9 * bareRate, String.format(Locale.ROOT, "%.1f MB in %.1f s (Gisa, %s) and %.1f s "
                        + "(bare, 1 thread); Gisa reads each article.json and indexes one document per paragraph, "
                        + "heading and caption", textMB, gisaSeconds, used, bareSeconds)));
        figures.add(Figure.of("index_build_threads", "index build, bare on as many threads", "MB text/s", gisaRate,
                textMB / bareThreadsSeconds, null, null, String.format(Locale.ROOT, "%.1f s (Gisa) and %.1f s "
                        + "(bare), both on %s", gisaSeconds, bareThreadsSeconds, used)));
        double gisaBytes = size(gisaDir), bareBytes = size(bareDir);
        figures.add(Figure.of("index_size", "index size", "MB per MB of text", gisaBytes / 1e6 / textMB,
                bareBytes / 1e6 / textMB, null, null, String.format(Locale.ROOT, "%.0f MB (Gisa), %.0f MB (bare)",
                        gisaBytes / 1e6, bareBytes / 1e6)));

        searchLatency(index, bare, n);
        updateOne(index, bare, library, gen, n);
        index.close();
        bare.close();
        pdf();
        memory(work, libDir, gisaDir, bareDir, n);
        coldStart(work, libDir, n);
    }

    /** JIT warm-up of both indexing paths and both searches on a small library, so neither pays it in the figures. */
    private void warmUp(Path work, Library library, KoreanAnalysis analysis, List<String> ids, List<String> texts)
            throws IOException, StoreException {
        step("warming up");
        int m = Math.min(300, ids.size());
        Path warmLib = work.resolve("warm-library");
        Library small = new Library(warmLib);
        for (int i = 0; i < m; i++) {
            Article a = library.load(ids.get(i));
            small.save(a, Library.SOURCE_TXT, null);
        }
        try (BareLucene b = BareLucene.create(analysis.indexAnalyzer(), work.resolve("warm-bare"));
             SearchIndex idx = SearchIndex.open(small, work.resolve("warm-gisa"), IndexProgress.NONE)) {
            b.build(ids.subList(0, m), texts.subList(0, m));
            for (int round = 0; round < 3; round++) {
                for (QuerySet.Query q : QuerySet.QUERIES) {
                    b.search(q.bare(), 10);
                    idx.search(q.gisa(), 10);
                }
            }
        }
        deleteTree(warmLib);
        deleteTree(work.resolve("warm-bare"));
        deleteTree(work.resolve("warm-gisa"));
    }

    /**
     * Rounds over the query set on the measured index before the timed rounds. The small library's
     * warm-up never reaches the large index's paths (hits past the count limit, skipping by score bound),
     * which the JIT then compiles during the first rounds here: on 100,000 articles the first two or three
     * rounds were 1.5–2 times slower, enough to make them the whole p99. Their cost is reported on its own
     * ({@code search_first_round}), not hidden.
     */
    static final int SEARCH_WARM_ROUNDS = 5;

    private void searchLatency(SearchIndex index, BareLucene bare, int n) throws IOException {
        step("search latency: " + QuerySet.QUERIES.size() + " queries × " + options.searchRounds() + " rounds, after "
                + SEARCH_WARM_ROUNDS + " rounds of warm-up");
        Samples firstGisa = new Samples(), firstBare = new Samples();
        for (int round = 0; round < SEARCH_WARM_ROUNDS; round++) {
            for (QuerySet.Query q : QuerySet.QUERIES) {
                long t = System.nanoTime();
                bare.search(q.bare(), 10);
                if (round == 0) firstBare.since(t);
                t = System.nanoTime();
                SearchResult r = index.search(q.gisa(), 10);
                if (round == 0) firstGisa.since(t);
                if (r.error() != null) throw new IllegalStateException("query " + q.gisa() + ": " + r.error());
            }
        }
        Samples gisa = new Samples(), plain = new Samples();
        Map<String, Samples> byQuery = new LinkedHashMap<>();
        for (int round = 0; round < options.searchRounds(); round++) {
            for (QuerySet.Query q : QuerySet.QUERIES) {
                long t = System.nanoTime();
                bare.search(q.bare(), 10);
                plain.since(t);
                t = System.nanoTime();
                index.search(q.gisa(), 10);
                double ms = (System.nanoTime() - t) / 1e6;
                gisa.add(ms);
                byQuery.computeIfAbsent(q.gisa(), k -> new Samples()).add(ms);
            }
        }
        String scope = n >= 100_000 ? null : "goal is for 100,000 articles";
        figures.add(Figure.of("search_p50", "search latency p50", "ms", gisa.median(), plain.median(), null, null,
                "top 10 with snippets and highlight spans (Gisa) vs. top 10 ids without highlighting (bare); "
                        + gisa.size() + " searches each, Lucene's query cache off"));
        figures.add(Figure.of("search_p99", "search latency p99", "ms", gisa.percentile(99), plain.percentile(99),
                "< 20 ms at 100,000", n >= 100_000 ? gisa.percentile(99) < 20 : null, scope == null
                        ? "slowest queries (median / max ms): " + slowest(byQuery) : scope + "; slowest queries: " + slowest(byQuery)));
        figures.add(Figure.of("search_first_round", "search, first round on the opened index (slowest query)", "ms",
                firstGisa.max(), firstBare.max(), null, null, String.format(Locale.ROOT,
                        "the slowest of the %d queries the first time each runs on this index, while the JIT compiles "
                                + "its paths; p50 %.2f (Gisa) and %.2f ms (bare)", firstGisa.size(), firstGisa.median(),
                        firstBare.median())));
    }

    /** The three queries with the highest medians. */
    private static String slowest(Map<String, Samples> byQuery) {
        return byQuery.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().median(), a.getValue().median()))
                .limit(3)
                .map(e -> String.format(Locale.ROOT, "%s %.1f / %.1f", e.getKey(), e.getValue().median(), e.getValue().max()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Adds a new article and changes an existing one, each until a search finds it. */
    private void updateOne(SearchIndex index, BareLucene bare, Library library, CorpusGenerator gen, int n)
            throws IOException, StoreException {
        step("add/change one article until searchable");
        Samples gisa = new Samples(), plain = new Samples();
        List<String> ids = library.ids();
        for (int j = 0; j < 2 * UPDATE_REPEATS; j++) {
            String marker = marker(j);
            Article a;
            boolean add = j % 2 == 0;
            if (add) {
                Article fresh = gen.article(n + j).article();
                a = fresh.withTitle(fresh.title() + " " + marker);
            } else {
                Article old = library.load(ids.get((j * 7919) % ids.size()));
                a = old.withTitle(old.title() + " " + marker);
            }
            long t = System.nanoTime();
            if (add) library.save(a, Library.SOURCE_TXT, null);
            else library.update(a);
            index.update(a.id()); // the app knows which article it saved: no re-listing of the library
            SearchResult r = index.search(marker, 10);
            gisa.since(t);
            if (r.hits().stream().noneMatch(h -> h.article().equals(a.id()))) {
                throw new IllegalStateException("the updated article " + a.id() + " is not searchable by " + marker);
            }
            t = System.nanoTime();
            bare.update(a.id(), CorpusGenerator.indexedText(a));
            List<String> found = bare.search(marker, 10);
            plain.since(t);
            if (!found.contains(a.id())) throw new IllegalStateException("baseline did not find " + marker);
        }
        figures.add(Figure.of("update_one", "add or change one article until searchable (median)", "ms",
                gisa.median(), plain.median(), "< 200 ms at 100,000", n >= 100_000 ? gisa.median() < 200 : null,
                String.format(Locale.ROOT, "max %.0f ms (Gisa), %.0f ms (bare); Gisa saves the article folder, "
                        + "re-indexes that article, commits and reopens; bare updates one document and reopens in memory",
                        gisa.max(), plain.max())));
    }

    /** A made-up Latin word no article contains (Nori keeps a run of Latin letters as one token). */
    static String marker(int j) {
        StringBuilder sb = new StringBuilder("zqbench");
        for (char c : Integer.toString(j, 26).toCharArray()) sb.append((char) ('a' + Character.digit(c, 26)));
        return sb.toString();
    }

    private void pdf() throws IOException, StoreException {
        step("one-page PDF briefing of the stored article");
        Library stored = new Library(options.texts().resolve("articles"));
        List<String> ids = stored.ids();
        if (ids.isEmpty()) throw new StoreException("no stored article in " + stored.root());
        Article article = stored.load(ids.get(0));
        BriefingBuilder builder = BriefingBuilder.forLibrary(stored);
        PdfExporter exporter = new PdfExporter();
        Briefing briefing = builder.build(article, BriefingOptions.defaults());
        Samples gisa = new Samples(), plain = new Samples();
        for (int i = 0; i < PDF_WARMUP + PDF_RUNS; i++) {
            long t = System.nanoTime();
            Briefing b = builder.build(article, BriefingOptions.defaults());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(b, out);
            if (i >= PDF_WARMUP) gisa.since(t);
            t = System.nanoTime();
            BarePdf.write(briefing, new ByteArrayOutputStream());
            if (i >= PDF_WARMUP) plain.since(t);
        }
        figures.add(Figure.of("pdf_briefing", "one-page PDF briefing, warm (median)", "ms", gisa.median(),
                plain.median(), "< 300 ms", gisa.median() < 300,
                "Gisa builds the briefing (summary, figures, quotes, keywords) and fits it to one page; bare PDFBox "
                        + "embeds the same two fonts and writes the same texts line by line"));
    }

    private void memory(Path work, Path libDir, Path gisaDir, Path bareDir, int n) throws IOException {
        step("peak memory (child JVMs)");
        String query = "반도체 공장";
        Map<String, String> g = ChildJvm.run(List.of(), MemoryProbe.class.getName(),
                List.of("gisa", libDir.toString(), gisaDir.toString(), query), work, 600);
        Map<String, String> b = ChildJvm.run(List.of(), MemoryProbe.class.getName(),
                List.of("bare", bareDir.toString(), query), work, 600);
        double gisaMb = Long.parseLong(g.get("vmhwm_kb")) / 1024.0, bareMb = Long.parseLong(b.get("vmhwm_kb")) / 1024.0;
        figures.add(Figure.of("peak_rss", "peak memory after opening the library and one search", "MB VmHWM",
                gisaMb, bareMb, "< 400 MB at 100,000", n >= 100_000 ? gisaMb < 400 : null,
                "fresh JVM with default heap settings; Gisa opens its index (checking every article for changes) "
                        + "and searches with highlights; bare opens its index and searches"));
    }

    private void coldStart(Path work, Path libDir, int n) throws IOException {
        if (options.coldRuns() <= 0) {
            step("cold start skipped (--cold-runs 0)");
            return;
        }
        step("cold start (child JVMs, Monocle headless, " + options.coldRuns() + " runs each)");
        Path config = work.resolve("config");
        List<String> jvm = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1280x900-32",
                "-Dgisa.config.dir=" + config, "-Dgisa.cache.dir=" + work.resolve("cache"));
        String probe = "kr.gisa.app.ColdStartProbe";
        Path storedLibrary = options.texts().resolve("articles").toAbsolutePath();
        List<String> seedArgs = List.of("reader", "--library", storedLibrary.toString());
        List<String> noArchive = new ArrayList<>(jvm);
        noArchive.add("-Dgisa.cds=false");
        // Untimed: the first start records the class-data archive (as a user's first start does) and
        // brings the jar and fonts into the page cache, for all variants alike.
        coldMs(jvm, probe, List.of("label"), work);
        coldMs(jvm, probe, seedArgs, work);
        Samples label = new Samples(), seedLib = new Samples(), complete = new Samples(), bigLib = new Samples(),
                plain = new Samples();
        for (int i = 0; i < options.coldRuns(); i++) { // interleaved, so load changes hit all alike
            label.add(coldMs(jvm, probe, List.of("label"), work).get("cold_start_ms"));
            Map<String, Double> seed = coldMs(jvm, probe, seedArgs, work);
            seedLib.add(seed.get("cold_start_ms"));
            complete.add(seed.get("complete_ms"));
            plain.add(coldMs(noArchive, probe, seedArgs, work).get("cold_start_ms"));
            bigLib.add(coldMs(jvm, probe, List.of("reader", "--library", libDir.toString()), work).get("cold_start_ms"));
        }
        double bare = label.median();
        figures.add(Figure.of("cold_start", "cold start to the first painted article (stored library, median)", "ms",
                seedLib.median(), bare, "< 1,500 ms and ≤ 1.3 × bare",
                seedLib.median() < 1500 && seedLib.median() <= 1.3 * bare,
                "from launching the JVM to the second pulse after show(), as java -jar gisa.jar starts: a launcher "
                        + "JVM starts the window's JVM with Gisa's class-data archive (recorded by the first start) "
                        + "and C2 kept for code that stays hot; the article is painted first, the menus and sidebar "
                        + "a frame later (next figure); bare = a JavaFX window with one Label, started plainly"));
        figures.add(Figure.of("cold_start_complete", "cold start until the whole window is painted (menus, sidebar)",
                "ms", complete.median(), bare, null, null, "the frame after the first, with every control in place"));
        figures.add(Figure.of("cold_start_no_archive", "cold start without the class-data archive (-Dgisa.cds=false)",
                "ms", plain.median(), bare, null, null, "one JVM, every class read from the jar, the JIT's defaults"));
        figures.add(Figure.of("cold_start_library", "cold start with the " + n + "-article library (median)", "ms",
                bigLib.median(), bare, "< 1,500 ms and ≤ 1.3 × bare",
                bigLib.median() < 1500 && bigLib.median() <= 1.3 * bare, null));
    }

    /** The probe's figures ({@code cold_start_ms}, for the reader also {@code complete_ms}). */
    private static Map<String, Double> coldMs(List<String> jvm, String probe, List<String> args, Path work)
            throws IOException {
        Map<String, Double> out = new java.util.HashMap<>();
        ChildJvm.run(jvm, probe, args, work, 300).forEach((k, v) -> {
            if (k.endsWith("_ms")) out.put(k, Double.parseDouble(v));
        });
        if (!out.containsKey("cold_start_ms")) throw new IOException("the cold-start probe " + args + " gave no time");
        return out;
    }

    private void step(String what) {
        log.println("bench: " + what);
        log.flush();
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
