package kr.gisa.bench;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Section;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchMode;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Benchmark, not a test: relaxed-AND quality and search latency.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.gisa.bench.SearchBenchmark [--latency-articles N]
 * </pre>
 *
 * Quality: the stored article plus 1,000 synthetic paragraphs ({@link QaCorpus}) in 100 articles;
 * one question per paragraph (and 26 hand-written ones on the stored article, written before looking at the results). Strict AND counts a
 * success when the question's paragraph is in the top 10; relaxed (the default AUTO mode) when it is
 * the first hit. Latency: every question searched with highlighting, after a warm-up, on that index
 * and, with {@code --latency-articles N}, on a library of N synthetic articles of 10 paragraphs.
 */
public final class SearchBenchmark {

    /** A question and the paragraph that answers it. */
    record Question(String text, String article, int section, int paragraph) {
    }

    /** Hand-written questions on the stored article (real news text). */
    private static final Object[][] SEED_QUESTIONS = {
            {"엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?", 0, 2},
            {"네이버에는 GPU가 몇 장 할당됐나?", 0, 3},
            {"엔비디아 GPU를 세 번째로 많이 가진 나라가 되면서 넘어선 나라는?", 0, 5},
            {"삼성전자는 반도체 공장을 어떻게 바꾸려 하나?", 1, 2},
            {"디지털 트윈에 쓰는 엔비디아 플랫폼은 무엇인가?", 2, 1},
            {"젠슨 황이 한국은 무엇을 잘 만든다고 했나?", 2, 2},
            {"국내 팹리스 업체들은 엔비디아와 어떤 점으로 승부하려 하나?", 3, 1},
            {"NPU는 학습과 추론 중 어디에 집중하는가?", 3, 2},
            {"엔비디아 쿠다를 대체하기 어려운 이유는?", 3, 3},
            {"소버린 AI는 무엇에 초점이 맞춰져 있나?", 4, 2},
            {"오경석 교수는 정부가 리소스를 어떻게 분배해야 한다고 강조했나?", 4, 5},
            {"엔비디아 GPU는 원래 무엇을 구동하려고 개발됐나?", 0, 4},
            {"정부가 이전까지 확보했던 GPU는 몇 대 수준이었나?", 0, 5},
            {"피지컬 AI의 핵심은 무엇인가?", 1, 1},
            {"기업들은 AI 역량을 어떤 방식으로 사회에 기여하려 하나?", 1, 3},
            {"과학기술정보통신부는 민관 협력으로 무엇을 개발하나?", 1, 4},
            {"한국이 엔비디아에 완전히 종속될 수 있다는 우려는 누가 제기하나?", 2, 0},
            {"업계 전문가들은 SNS에서 엔비디아 GPU 도입에 어떤 반응을 보였나?", 2, 4},
            {"엔비디아 생태계가 업계 표준으로 통용되는 상황에서 경쟁을 위해 어떻게 해야 하나?", 3, 0},
            {"양자컴퓨터 시대까지 대비하지 않으면 무엇이 불가능한가?", 3, 4},
            {"국산 AI 산업 측면에서 엔비디아 GPU 도입을 긍정적으로 본 사람은?", 3, 5},
            {"정부가 확보한 GPU로 지원할 대상은 누구인가?", 4, 1},
            {"활용 계획 없이 당위성으로 분배하면 어떤 우려가 있나?", 4, 3},
            {"정부는 GPU 활용 계획을 발표했나?", 4, 4},
            {"공공 부문에서 GPU는 주로 어떤 기능에 쓰였나?", 4, 5},
            {"현대차그룹은 GPU를 어디에 적용하나?", 1, 2}};

    public static void main(String[] args) throws Exception {
        int latencyArticles = args.length == 2 && args[0].equals("--latency-articles") ? Integer.parseInt(args[1]) : 0;
        Path tmp = Files.createTempDirectory("gisa-bench");
        try {
            run(tmp, latencyArticles);
        } finally {
            try (var files = Files.walk(tmp)) { // the libraries and indexes are large: leave nothing behind
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void run(Path tmp, int latencyArticles) throws Exception {
        Library library = new Library(tmp.resolve("library"));
        List<Question> questions = new ArrayList<>();
        Article seed = new Library(Path.of("articles")).load("bf9a324c4ffb7aac");
        library.save(seed, Library.SOURCE_TXT, null);
        for (Object[] q : SEED_QUESTIONS) questions.add(new Question((String) q[0], seed.id(), (int) q[1], (int) q[2]));
        int seedQuestions = questions.size();
        List<QaCorpus.Item> items = new ArrayList<>(QaCorpus.generate(100, 42));
        Collections.shuffle(items, new Random(7));
        for (int a = 0; a * 10 < items.size(); a++) {
            List<QaCorpus.Item> part = items.subList(a * 10, Math.min(items.size(), a * 10 + 10));
            Article article = article(a, part.stream().map(QaCorpus.Item::paragraph).toList());
            library.save(article, Library.SOURCE_TXT, null);
            for (int p = 0; p < part.size(); p++) questions.add(new Question(part.get(p).question(), article.id(), 0, p));
        }
        long t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(library, tmp.resolve("index"), IndexProgress.NONE)) {
            System.out.printf("corpus: %d articles, %d synthetic paragraphs + the stored article; indexed in %d ms%n",
                    library.ids().size(), items.size(), (System.nanoTime() - t0) / 1_000_000);
            quality(index, questions.subList(0, seedQuestions), "stored article, hand-written questions");
            quality(index, questions.subList(seedQuestions, questions.size()), "synthetic paragraphs, template questions");
            quality(index, questions, "all");
            latency(index, questions, "1,011-paragraph index");
            findInArticle(index, seed);
        }
        System.out.printf("%n(load average while measuring: %.1f on %d cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (latencyArticles > 0) {
            Library big = new Library(tmp.resolve("big"));
            List<QaCorpus.Item> pool = QaCorpus.generate(1000, 99);
            Random r = new Random(3);
            for (int a = 0; a < latencyArticles; a++) {
                List<String> paras = new ArrayList<>();
                for (int p = 0; p < 10; p++) paras.add(pool.get(r.nextInt(pool.size())).paragraph());
                big.save(article(100_000 + a, paras), Library.SOURCE_TXT, null);
            }
            t0 = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(big, tmp.resolve("big-index"), IndexProgress.NONE)) {
                System.out.printf("%n%d articles (%d paragraphs) indexed in %d s%n", latencyArticles, latencyArticles * 10,
                        (System.nanoTime() - t0) / 1_000_000_000);
                latency(index, questions, latencyArticles + "-article index");
                System.out.printf("%n(load average while measuring: %.1f on %d cores)%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
            }
        }
    }

    private static void quality(SearchIndex index, List<Question> questions, String label) {
        int strictTop10 = 0, strictTop1 = 0, relaxedTop1 = 0, relaxedTop10 = 0, strictEmpty = 0;
        for (Question q : questions) {
            SearchResult strict = index.search(q.text(), 10, SearchMode.STRICT);
            int rs = rank(strict, q);
            if (rs >= 0 && rs < 10) strictTop10++;
            if (rs == 0) strictTop1++;
            if (strict.total() == 0) strictEmpty++;
            SearchResult relaxed = index.search(q.text(), 10, SearchMode.AUTO);
            int rr = rank(relaxed, q);
            if (rr == 0) relaxedTop1++;
            else if (Boolean.getBoolean("bench.misses") && !relaxed.hits().isEmpty()) {
                System.out.println("  miss: " + q.text() + " → " + relaxed.hits().get(0).snippet() + " (" + relaxed.hits().get(0).score() + ")");
            }
            if (rr >= 0) relaxedTop10++;
        }
        int n = questions.size();
        System.out.printf("%n%s: %d questions%n", label, n);
        System.out.printf("  strict AND: right paragraph in top 10: %d (%.0f%%), first: %d (%.0f%%), no result at all: %d%n",
                strictTop10, 100.0 * strictTop10 / n, strictTop1, 100.0 * strictTop1 / n, strictEmpty);
        System.out.printf("  relaxed (default): right paragraph first: %d (%.0f%%), in top 10: %d (%.0f%%)%n",
                relaxedTop1, 100.0 * relaxedTop1 / n, relaxedTop10, 100.0 * relaxedTop10 / n);
    }

    private static int rank(SearchResult r, Question q) {
        for (int i = 0; i < r.hits().size(); i++) {
            SearchHit h = r.hits().get(i);
            if (h.article().equals(q.article()) && h.field().equals("paragraph") && h.section() == q.section()
                    && h.paragraph() == q.paragraph()) return i;
        }
        return -1;
    }

    private static void latency(SearchIndex index, List<Question> questions, String label) {
        List<String> queries = new ArrayList<>();
        for (Question q : questions) queries.add(q.text());
        queries.addAll(List.of("반도체", "삼성전자 배터리", "\"수출액이\"", "공급", "엔비디아 -GPU", "로봇 OR 전기차", "울산*"));
        for (int i = 0; i < 2; i++) for (String q : queries) index.search(q, 10); // warm-up
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            index.search(queries.get(i), 10);
            nanos[i] = System.nanoTime() - t;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        System.out.printf("%nlatency, %s, %d queries (top 10 with highlights and snippets):%n", label, nanos.length);
        System.out.println("  wall " + percentiles(nanos) + "; CPU " + percentiles(cpu));
    }

    /** Find in the stored article (Ctrl+F): opening the finder indexes the article; each find runs one query. */
    private static void findInArticle(SearchIndex index, Article article) {
        String[] queries = {"엔비디아", "공급", "엔비디아 GPU", "소버린 AI", "삼성전자 자동차", "쿠다*", "우려"};
        for (int i = 0; i < 20; i++) index.finder(article).close();
        long[] open = new long[20];
        for (int i = 0; i < open.length; i++) {
            long t = System.nanoTime();
            index.finder(article).close();
            open[i] = System.nanoTime() - t;
        }
        try (var finder = index.finder(article)) {
            for (int i = 0; i < 20; i++) for (String q : queries) finder.find(q);
            long[] nanos = new long[queries.length * 20];
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                finder.find(queries[i % queries.length]);
                nanos[i] = System.nanoTime() - t;
            }
            System.out.printf("%nfind in the stored article: opening the finder %s; each find (%d) %s%n",
                    percentiles(open), nanos.length, percentiles(nanos));
        }
    }

    private static String percentiles(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", v[v.length / 2] / 1e6,
                v[(int) Math.ceil(v.length * 0.99) - 1] / 1e6, v[v.length - 1] / 1e6);
    }

    private static Article article(int n, List<String> paragraphs) throws StoreException {
        String id = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8).putLong(0x6a00000000000000L + n).array());
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) blocks.add(new Paragraph(p));
        return new Article(id, "산업 소식 모음 " + n + "호", List.of(), "가상일보", null, null, "2026-11-" + (1 + n % 28),
                null, null, List.of(new Section(null, blocks)));
    }
}
