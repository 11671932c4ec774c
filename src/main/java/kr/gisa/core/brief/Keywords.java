package kr.gisa.core.brief;

import kr.gisa.core.model.Article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Top terms of an article: Nori nouns, proper nouns and foreign words (GPU), counted in the body with
 * the title and deck weighing more, and — once the library holds other articles — weighted by how
 * rare each term is across them (TF-IDF), so "정부" in a library of policy news sinks.
 */
public final class Keywords {

    /** Nouns too general to say what an article is about. */
    private static final Set<String> STOP = Set.of("것", "수", "등", "때", "중", "이번", "관련", "경우", "측면", "상황",
            "방식", "이유", "얘기", "전언", "가운데", "정도", "이상", "이하", "최근", "당초", "일각", "무엇", "자체", "추후",
            "구체", "일부", "이미", "실제", "대비", "단계", "동향", "분야", "목표", "예정", "계획", "노력", "우려", "기대",
            "결국", "오히려", "앞", "뒤", "위", "아래", "년", "월", "일", "명", "개", "장", "대", "만", "억", "조");

    /** How many of a library's articles hold each noun: the "rest of the library" for weighting. */
    public record DocumentFrequencies(int documents, Map<String, Integer> frequencies) {
        public static final DocumentFrequencies NONE = new DocumentFrequencies(0, Map.of());

        public DocumentFrequencies {
            frequencies = Map.copyOf(frequencies);
        }

        public static DocumentFrequencies of(Collection<Article> articles, Morphemes morphemes) {
            Map<String, Integer> df = new HashMap<>();
            for (Article a : articles) {
                Set<String> seen = new HashSet<>();
                StringBuilder sb = new StringBuilder(a.title()).append('\n');
                a.paragraphs().forEach(p -> sb.append(p.text()).append('\n'));
                for (Morphemes.Token t : morphemes.analyze(sb.toString())) {
                    if (isKeywordToken(t)) seen.add(t.text().toLowerCase(Locale.ROOT));
                }
                seen.forEach(term -> df.merge(term, 1, Integer::sum));
            }
            return new DocumentFrequencies(articles.size(), df);
        }
    }

    private Keywords() {
    }

    static List<String> top(ArticleText text, List<Morphemes.Token> titleTokens, List<Morphemes.Token> deckTokens,
                            DocumentFrequencies library, int limit) {
        Map<String, Double> tf = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        count(titleTokens, 3.0, tf, display);
        count(deckTokens, 1.5, tf, display);
        for (ArticleText.Unit u : text.sentences()) count(u.tokens(), 1.0, tf, display);
        for (ArticleText.Unit u : text.captions()) count(u.tokens(), 0.5, tf, display);
        // Verbal nouns (활용하다, 확보한) name actions, not topics: they count for less.
        Map<String, int[]> verbal = new HashMap<>();
        for (ArticleText.Unit u : text.sentences()) {
            List<Morphemes.Token> ts = u.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!ts.get(i).isNoun()) continue;
                int[] c = verbal.computeIfAbsent(ts.get(i).text().toLowerCase(Locale.ROOT), k -> new int[2]);
                c[0]++;
                if (i + 1 < ts.size() && ts.get(i + 1).tag().startsWith("XS") && ts.get(i + 1).start() <= ts.get(i).end()) c[1]++;
            }
        }
        verbal.forEach((term, c) -> {
            if (c[1] * 3 >= c[0] && tf.containsKey(term)) tf.put(term, tf.get(term) * 0.4);
        });
        Map<String, Double> score = new HashMap<>();
        // Only weigh against the library when it holds more than this article.
        boolean weigh = library.documents() > 1;
        tf.forEach((term, f) -> {
            double idf = weigh ? Math.log((library.documents() + 1.0) / (library.frequencies().getOrDefault(term, 0) + 1.0)) + 1.0 : 1.0;
            score.put(term, f * idf);
        });
        List<String> terms = new ArrayList<>(tf.keySet());
        terms.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (out.size() >= limit) break;
            out.add(display.get(t));
        }
        return out;
    }

    private static void count(List<Morphemes.Token> tokens, double weight, Map<String, Double> tf, Map<String, String> display) {
        for (Morphemes.Token t : tokens) {
            if (!isKeywordToken(t)) continue;
            String key = t.text().toLowerCase(Locale.ROOT);
            tf.merge(key, weight, Double::sum);
            display.putIfAbsent(key, t.text());
        }
    }

    static boolean isKeywordToken(Morphemes.Token t) {
        String s = t.text();
        if (t.isForeign()) return s.length() >= 2 && s.chars().anyMatch(Character::isUpperCase);
        if (!t.isNoun()) return false;
        return s.length() >= 2 && !STOP.contains(s);
    }
}
