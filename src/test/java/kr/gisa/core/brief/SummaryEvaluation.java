package kr.gisa.core.brief;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Section;
import kr.gisa.core.parse.TextArticleParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Summary quality runner (not a unit test): for every {@code NN.txt} article in a folder with its
 * human-picked summary sentences in {@code NN.ref} (one per line), scores three 3-sentence
 * summaries — the lead (first 3 sentences), classic TextRank over space-separated words
 * (Mihalcea &amp; Tarau 2004) and Gisa's summarizer — by sentence-level F1 (exact sentence match)
 * and ROUGE-1 F (unigram overlap over space-separated words, punctuation stripped), averaged over
 * articles.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.gisa.core.brief.SummaryEvaluation eval/summary/dev
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.gisa.core.brief.SummaryEvaluation eval/summary/heldout -v
 * </pre>
 */
public final class SummaryEvaluation {

    static final int N = 3;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("-") ? args[0] : "eval/summary/dev");
        boolean verbose = Arrays.asList(args).contains("-v");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        double[][] sums = new double[3][2];
        String[] names = {"lead-3", "TextRank (words)", "Gisa"};
        Summarizer.Weights weights = Summarizer.Weights.DEFAULT;
        String custom = System.getProperty("weights"); // e.g. -Dweights=0.35,0.35,0.3,0.15 for ablations
        if (custom != null) {
            double[] w = Arrays.stream(custom.split(",")).mapToDouble(Double::parseDouble).toArray();
            weights = new Summarizer.Weights(w[0], w[1], w[2], w[3], weights.query(), weights.redundancy());
        }
        BriefingBuilder builder = new BriefingBuilder(Morphemes.shared(), Keywords.DocumentFrequencies.NONE,
                new Summarizer(weights));
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Article a = new TextArticleParser().parse(text, f.getFileName().toString().replace(".txt", ""));
            List<String> ref = Files.readAllLines(Path.of(f.toString().replace(".txt", ".ref"))).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            List<String> sentences = sentences(a);
            List<List<String>> picks = List.of(
                    sentences.subList(0, Math.min(N, sentences.size())),
                    textRank(sentences),
                    builder.build(a, BriefingOptions.defaults().withSentences(N)).sentences().stream()
                            .map(kr.gisa.core.brief.Briefing.Sentence::text).toList());
            for (int m = 0; m < 3; m++) {
                sums[m][0] += sentenceF1(picks.get(m), ref);
                sums[m][1] += rouge1(picks.get(m), ref);
            }
            if (verbose) {
                System.out.println("== " + f.getFileName() + " " + sentences.size() + " sentences");
                for (int m = 0; m < 3; m++) {
                    System.out.printf("  %-18s F1 %.2f R1 %.2f %s%n", names[m], sentenceF1(picks.get(m), ref),
                            rouge1(picks.get(m), ref), picks.get(m).stream().map(s -> s.substring(0, Math.min(18, s.length()))).toList());
                }
            }
        }
        System.out.printf("%d articles, %d-sentence summaries%n", files.size(), N);
        System.out.printf("%-18s %12s %10s%n", "method", "sentence F1", "ROUGE-1 F");
        for (int m = 0; m < 3; m++) {
            System.out.printf("%-18s %12.3f %10.3f%n", names[m], sums[m][0] / files.size(), sums[m][1] / files.size());
        }
    }

    static List<String> sentences(Article a) {
        List<String> out = new ArrayList<>();
        for (Section s : a.sections()) for (Paragraph p : s.paragraphs()) out.addAll(SentenceSplitter.sentences(p.text()));
        return out;
    }

    /** Classic TextRank: overlap of space-separated words / (log|Si| + log|Sj|), PageRank, top N. */
    static List<String> textRank(List<String> sentences) {
        int n = sentences.size();
        List<Set<String>> words = sentences.stream().map(s -> new HashSet<>(words(s))).map(x -> (Set<String>) x).toList();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                Set<String> common = new HashSet<>(words.get(i));
                common.retainAll(words.get(j));
                double denom = Math.log(words.get(i).size()) + Math.log(words.get(j).size());
                w[i][j] = denom <= 0 ? 0 : common.size() / denom;
            }
        }
        double[] r = Summarizer.pageRank(w);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) idx.add(i);
        idx.sort((x, y) -> Double.compare(r[y], r[x]));
        return idx.stream().limit(N).sorted().map(sentences::get).toList();
    }

    static double sentenceF1(List<String> pred, List<String> ref) {
        Set<String> r = new HashSet<>();
        ref.forEach(s -> r.add(norm(s)));
        long hit = pred.stream().map(SentenceSplitterNorm::of).filter(r::contains).count();
        if (hit == 0) return 0;
        double p = (double) hit / pred.size();
        double rc = (double) hit / ref.size();
        return 2 * p * rc / (p + rc);
    }

    static double rouge1(List<String> pred, List<String> ref) {
        Map<String, Integer> a = counts(words(String.join(" ", pred)));
        Map<String, Integer> b = counts(words(String.join(" ", ref)));
        int overlap = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) overlap += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        int pa = a.values().stream().mapToInt(Integer::intValue).sum();
        int pb = b.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0 || pa == 0 || pb == 0) return 0;
        double p = (double) overlap / pa;
        double r = (double) overlap / pb;
        return 2 * p * r / (p + r);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("\\s+")) {
            String t = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : words) m.merge(w, 1, Integer::sum);
        return m;
    }

    static String norm(String s) {
        return SentenceSplitterNorm.of(s);
    }

    /** Sentences compare by their text without white space. */
    static final class SentenceSplitterNorm {
        static String of(String s) {
            return s.replaceAll("\\s+", "");
        }
    }
}
