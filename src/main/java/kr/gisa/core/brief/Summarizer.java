package kr.gisa.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extractive summary: ranks sentences by LexRank-style centrality (PageRank over TF-IDF cosine
 * similarity of Nori content morphemes) combined with what matters in news — closeness to the
 * title and deck, and position (the lead states the news) — plus an optional query focus. The
 * selection skips near-duplicates of sentences already chosen.
 */
public final class Summarizer {

    /** The mix of signals; all weights are relative. */
    public record Weights(double centrality, double title, double position, double facts, double query,
                          double redundancy) {
        public static final Weights DEFAULT = new Weights(0.30, 0.30, 0.35, 0.20, 0.8, 0.5);
    }

    /** A sentence with its combined score and rank (1 = chosen first). */
    record Ranked(ArticleText.Unit unit, double score, int rank) {
    }

    private static final double DAMPING = 0.85;
    /** Position weight of a paragraph's later sentences relative to its first (the topic sentence). */
    private static final double LATER_SENTENCE = 0.55;
    private static final double EDGE_MIN = 0.03;

    private final Weights weights;

    public Summarizer(Weights weights) {
        this.weights = weights;
    }

    public Summarizer() {
        this(Weights.DEFAULT);
    }

    /**
     * All sentences worth showing, best first, near-duplicates removed. {@code heading} text is the
     * title and deck; {@code queryTerms} the focus (empty for none).
     */
    List<Ranked> rank(List<ArticleText.Unit> units, List<String> headingTerms, Set<String> queryTerms) {
        int n = units.size();
        if (n == 0) return List.of();
        List<Map<String, Double>> tf = new ArrayList<>();
        for (ArticleText.Unit u : units) tf.add(termFrequencies(u.tokens()));
        Map<String, Double> idf = inverseFrequencies(tf);
        List<Map<String, Double>> vec = new ArrayList<>();
        for (Map<String, Double> t : tf) vec.add(weigh(t, idf));
        Map<String, Double> head = new HashMap<>();
        for (String term : headingTerms) head.merge(term, 1.0, Double::sum);
        Map<String, Double> headVec = weigh(head, idf);

        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = cosine(vec.get(i), vec.get(j));
                sim[i][j] = sim[j][i] = s < EDGE_MIN ? 0 : s;
            }
        }
        double[] centrality = normalise(pageRank(sim));
        int maxOrder = units.stream().mapToInt(ArticleText.Unit::order).max().orElse(0);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            ArticleText.Unit u = units.get(i);
            // Closeness to the headline: cosine, and how much of the headline's weight the sentence covers
            // (cosine alone punishes a long sentence that states the headline plus detail).
            double title = 0.5 * cosine(vec.get(i), headVec) + 0.5 * coverage(vec.get(i), headVec);
            // Position: the lead paragraphs carry the news; decay slowly, small bonus for a paragraph's first sentence.
            double position = 1.0 / Math.sqrt(1.0 + u.order()) * (u.isFirstOfParagraph() ? 1.0 : LATER_SENTENCE);
            if (maxOrder == 0) position = u.isFirstOfParagraph() ? 1.0 : LATER_SENTENCE;
            double query = queryTerms.isEmpty() ? 0 : queryMatch(tf.get(i), u.text(), queryTerms);
            score[i] = (weights.centrality() * centrality[i] + weights.title() * title
                    + weights.position() * position + weights.facts() * facts(u)
                    + weights.query() * query) * lengthFactor(u);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));

        List<Ranked> out = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            boolean duplicate = false;
            for (int c : chosen) {
                if (sim[i][c] > weights.redundancy() || nearDuplicateText(units.get(i).text(), units.get(c).text())) {
                    duplicate = true;
                    break;
                }
            }
            if (duplicate) continue;
            chosen.add(i);
            out.add(new Ranked(units.get(i), score[i], out.size() + 1));
        }
        return out;
    }

    /** Share of the headline vector's weight whose terms the sentence holds. */
    private static double coverage(Map<String, Double> sentence, Map<String, Double> head) {
        double total = 0;
        double covered = 0;
        for (Map.Entry<String, Double> e : head.entrySet()) {
            total += e.getValue();
            if (sentence.containsKey(e.getKey())) covered += e.getValue();
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * News facts a sentence states: numbers with units and named organisations or people, the
     * who-and-how-much of a report (saturating at four).
     */
    static double facts(ArticleText.Unit u) {
        int n = (int) FigureExtractor.scan(u).stream().filter(f -> !TIME_UNITS.contains(f.unit())).count();
        for (Words.Word w : Words.of(u)) {
            if (NameFinder.isOrganisation(w.stem(), "") || w.tokens().stream().anyMatch(Morphemes.Token::isProperNoun)) n++;
        }
        return Math.min(1.0, n / 4.0);
    }

    /** Dates and times say when, not what: they are not facts for the summary. */
    private static final Set<String> TIME_UNITS = Set.of("년", "일", "시", "분", "초", "시간", "주", "개월", "분기", "주년");

    /** Very short fragments and run-on sentences make poor summary lines. */
    private static double lengthFactor(ArticleText.Unit u) {
        int len = u.text().length();
        if (len < 15) return 0.3;
        if (len < 25) return 0.7;
        if (len > 300) return 0.6;
        return 1.0;
    }

    private static double queryMatch(Map<String, Double> tf, String text, Set<String> queryTerms) {
        int hit = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String q : queryTerms) if (tf.containsKey(q) || lower.contains(q)) hit++;
        return (double) hit / queryTerms.size();
    }

    static Map<String, Double> termFrequencies(List<Morphemes.Token> tokens) {
        Map<String, Double> tf = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Morphemes.Token t = tokens.get(i);
            if (t.tag().equals("SN")) {
                // A number with its magnitude and counter is one fact: 26/SN 만/NR 장/NNBC → "26만장".
                StringBuilder fig = new StringBuilder(t.text());
                int j = i + 1;
                while (j < tokens.size() && isNumberPart(tokens.get(j)) && tokens.get(j).start() == tokens.get(j - 1).end()) {
                    fig.append(tokens.get(j).text());
                    if (!tokens.get(j).tag().equals("SN") && !tokens.get(j).tag().equals("NR")) {
                        j++;
                        break;
                    }
                    j++;
                }
                if (j > i + 1) {
                    tf.merge(fig.toString().toLowerCase(Locale.ROOT), 1.0, Double::sum);
                    // Quantities in the same counter or unit (26만장, 5만장) speak of the same thing.
                    Morphemes.Token unit = tokens.get(j - 1);
                    if (!unit.tag().equals("SN") && !unit.tag().equals("NR")) {
                        tf.merge("#" + unit.text().toLowerCase(Locale.ROOT), 0.5, Double::sum);
                    }
                }
                continue;
            }
            if (!t.isContent()) continue;
            // Nouns carry the topic; verb and adjective stems count for less.
            double w = t.isPredicate() ? 0.5 : 1.0;
            tf.merge(t.text().toLowerCase(Locale.ROOT), w, Double::sum);
        }
        return tf;
    }

    private static boolean isNumberPart(Morphemes.Token t) {
        return t.tag().equals("SN") || t.tag().equals("NR") || t.tag().equals("NNBC") || t.tag().equals("SL");
    }

    private static Map<String, Double> inverseFrequencies(List<Map<String, Double>> tf) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> t : tf) for (String term : t.keySet()) df.merge(term, 1, Integer::sum);
        Map<String, Double> idf = new HashMap<>();
        int n = tf.size();
        df.forEach((term, d) -> idf.put(term, Math.log(1.0 + (double) n / d)));
        return idf;
    }

    private static Map<String, Double> weigh(Map<String, Double> tf, Map<String, Double> idf) {
        Map<String, Double> v = new HashMap<>();
        double fallback = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        tf.forEach((term, f) -> v.put(term, f * idf.getOrDefault(term, fallback)));
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) dot += e.getValue() * o;
        }
        if (dot == 0) return 0;
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) s += x * x;
        return Math.sqrt(s);
    }

    /** Weighted PageRank (power iteration) over a symmetric similarity matrix. */
    static double[] pageRank(double[][] w) {
        int n = w.length;
        double[] out = new double[n];
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) rowSum[i] += w[i][j];
        double[] r = new double[n];
        java.util.Arrays.fill(r, 1.0 / n);
        for (int iter = 0; iter < 100; iter++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int j = 0; j < n; j++) if (rowSum[j] == 0) dangling += r[j];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) if (w[j][i] > 0) s += w[j][i] / rowSum[j] * r[j];
                next[i] = (1 - DAMPING) / n + DAMPING * (s + dangling / n);
            }
            double delta = 0;
            for (int i = 0; i < n; i++) delta += Math.abs(next[i] - r[i]);
            r = next;
            if (delta < 1e-9) break;
        }
        System.arraycopy(r, 0, out, 0, n);
        return out;
    }

    private static double[] normalise(double[] x) {
        double max = 0;
        for (double v : x) max = Math.max(max, v);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = max == 0 ? 0 : x[i] / max;
        return out;
    }

    /** Character-bigram overlap: catches the same sentence repeated with small edits. */
    static boolean nearDuplicateText(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) return a.strip().equals(b.strip());
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        return (double) inter.size() / Math.min(x.size(), y.size()) > 0.8;
    }

    private static Set<String> bigrams(String s) {
        String t = s.replaceAll("\\s+", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) out.add(t.substring(i, i + 2));
        return out;
    }
}
