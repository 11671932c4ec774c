package kr.gisa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Section;
import kr.gisa.core.parse.html.HtmlArticleExtractor;
import kr.gisa.core.parse.html.HtmlDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores the HTML extractor on the article-extraction benchmark (Zyte). Not a unit test: run it by hand,
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.gisa.bench.ExtractionBenchmark [DIR] [--worst N] [--tool NAME]</pre>
 *
 * The metric follows the benchmark's evaluate.py: {@code \w+} tokens, 4-gram shingles, per-page
 * TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 of the two means.
 * The extracted text compared is the article body as the benchmark defines it: section headings
 * and paragraphs, in order (not title, captions or metadata). {@code --tool NAME} scores a
 * published tool's output from {@code DIR/output/NAME.json} instead, to check the metric.
 */
public final class ExtractionBenchmark {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> KOREAN = List.of("0ec95c72", "9da36ae4");

    record Score(String id, double tp, double fp, double fn) {
        double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1 : 0) : tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? (fp == 0 ? 1 : 0) : tp / (tp + fn);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/data/article-extraction-benchmark");
        int worst = 0;
        String tool = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--tool" -> tool = args[++i];
                default -> dir = Path.of(args[i]);
            }
        }
        if (!Files.isDirectory(dir.resolve("html"))) {
            System.err.println("benchmark not found at " + dir.toAbsolutePath().normalize()
                    + " (give its folder as the first argument)");
            System.exit(1);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
        JsonNode published = tool == null ? null : json.readTree(dir.resolve("output/" + tool + ".json").toFile());
        if (published != null && published.has("output")) published = published.get("output");
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        List<Score> scores = new ArrayList<>();
        long start = System.nanoTime();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String expected = e.getValue().path("articleBody").asText("");
            String got;
            if (published != null) {
                got = published.path(id).path("articleBody").asText("");
            } else {
                byte[] bytes = gunzip(dir.resolve("html/" + id + ".html.gz"));
                got = body(extractor.extract(HtmlDecoder.decode(bytes).text(), id.substring(0, 16)));
            }
            scores.add(score(id, expected, got));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report("all " + scores.size() + " pages", scores);
        report("Korean pages", scores.stream().filter(s -> KOREAN.stream().anyMatch(s.id()::startsWith)).toList());
        System.out.printf("time: %.1f s (%.0f ms/page)%n", seconds, seconds * 1000 / scores.size());
        if (worst > 0) {
            scores.stream().sorted(Comparator.comparingDouble(s -> f1(s.precision(), s.recall()))).limit(worst)
                    .forEach(s -> System.out.printf("  %s P=%.3f R=%.3f %s%n", s.id().substring(0, 12),
                            s.precision(), s.recall(), truth.path(s.id()).path("url").asText()));
        }
    }

    /** The article body as the benchmark's articleBody: headings and paragraphs, one per line. */
    static String body(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Section s : a.sections()) {
            if (s.heading() != null) sb.append(s.heading()).append('\n');
            for (Block b : s.blocks()) if (b instanceof Paragraph p) sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }

    private static void report(String what, List<Score> scores) {
        double p = scores.stream().mapToDouble(Score::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(Score::recall).average().orElse(0);
        System.out.printf("%-16s precision %.3f  recall %.3f  F1 %.3f%n", what, p, r, f1(p, r));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Score score(String id, String truth, String pred) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(pred);
        double tp = 0, fp = 0, fn = 0;
        Map<String, Integer> all = new HashMap<>(t);
        p.forEach((k, v) -> all.putIfAbsent(k, 0));
        for (String k : all.keySet()) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new Score(id, tp, fp, fn);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) tokens.add(m.group());
        Map<String, Integer> out = new HashMap<>();
        int n = 4;
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            String s = String.join(" ", tokens.subList(Math.min(i, tokens.size()), Math.min(i + n, tokens.size())));
            if (!s.isEmpty()) out.merge(s, 1, Integer::sum);
        }
        return out;
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
