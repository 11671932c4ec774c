package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;

import java.util.List;

/**
 * Find in one article (Ctrl+F): every place a query matches, in reading order — title, subtitles,
 * then per section its heading, paragraphs and captions — with the exact spans. Made by
 * {@link ArticleFinder}, which indexes the article in memory with the same schema and analysis as the
 * library index, so the highlights are the ones a library search would show. All positive words count (as if ORed): in one article the
 * reader wants to see every occurrence, not only paragraphs holding all words.
 *
 * @param matches     the units with at least one span, in reading order
 * @param occurrences every span in reading order, for stepping with an "n / N" counter
 */
public record ArticleFind(String query, List<Match> matches, List<Occurrence> occurrences, List<String> notes,
                          String error) {

    /** A unit of the article with its spans. {@code field}, {@code section}, {@code paragraph} as in {@link SearchHit}. */
    public record Match(String field, int section, int paragraph, String text, List<Span> spans) {
        public Match {
            spans = List.copyOf(spans);
        }
    }

    /** One highlighted place: which unit (index into matches) and which span. */
    public record Occurrence(int match, String field, int section, int paragraph, Span span) {
    }

    public ArticleFind {
        matches = List.copyOf(matches);
        occurrences = List.copyOf(occurrences);
        notes = List.copyOf(notes);
    }

    /** Number of highlighted places (the N of "n / N"). */
    public int count() {
        return occurrences.size();
    }

    /** Finds {@code query} in {@code article} once. Never throws. For find-as-you-type use {@link ArticleFinder}. */
    public static ArticleFind in(Article article, String query, KoreanAnalysis analysis) {
        try (ArticleFinder finder = new ArticleFinder(article, analysis)) {
            return finder.find(query);
        }
    }
}
