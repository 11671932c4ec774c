package kr.gisa.core.brief;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A one-page briefing of one article, immutable: the model every exporter (PDF, Markdown, HTML,
 * JSON) and the window's preview render. Its JSON form is the {@code --out FILE.json} format.
 *
 * <p>Every summary sentence, figure and quote carries its (section, paragraph) address in the article.
 * Summary sentences carry their rank (1 = most central), so a smaller briefing — {@link #limit} — keeps
 * the most central ones, still in article order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"article", "title", "subtitles", "publisher", "byline", "published", "made", "query",
        "sentences", "figures", "quotes", "keywords", "names", "outline"})
public record Briefing(
        String article,
        String title,
        List<String> subtitles,
        String publisher,
        String byline,
        String published,
        String made,
        String query,
        List<Sentence> sentences,
        List<Figure> figures,
        List<Quote> quotes,
        List<String> keywords,
        List<String> names,
        List<OutlineItem> outline) {

    public Briefing {
        Objects.requireNonNull(article, "article");
        title = title == null ? "" : title;
        subtitles = subtitles == null ? List.of() : List.copyOf(subtitles);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        figures = figures == null ? List.of() : List.copyOf(figures);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        names = names == null ? List.of() : List.copyOf(names);
        outline = outline == null ? List.of() : List.copyOf(outline);
    }

    /** A character range [start, end) within a text, e.g. a word matching the query focus. */
    public record Mark(int start, int end) {
    }

    /**
     * A summary sentence: its text, where it is (section, paragraph, character range in that
     * paragraph), its rank among the article's sentences, and the words matching the query focus.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"text", "section", "paragraph", "start", "end", "rank", "marks"})
    public record Sentence(String text, int section, int paragraph, int start, int end, int rank, List<Mark> marks) {
        public Sentence {
            marks = marks == null ? List.of() : List.copyOf(marks);
        }
    }

    /**
     * A number with its unit ("26만장", 260000, "장"), what it counts ("GPU"), and the sentence it came
     * from. A figure from a photo caption has a null paragraph.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "value", "unit", "subject", "sentence", "section", "paragraph"})
    public record Figure(String text, @JsonIgnore double value, String unit, String subject, String sentence,
                         int section, Integer paragraph) {
        /** Dates, times and ordinals say when or which, not how much: first to go from a full page. */
        private static final java.util.Set<String> MINOR_UNITS = java.util.Set.of("년", "개월", "일", "주", "주년", "시간",
                "분", "초", "분기", "번째", "회", "차례", "호", "층", "세", "살");

        /** 1 for amounts, counts and ranks; 0 for dates, times and ordinals. */
        @JsonIgnore
        public int importance() {
            return MINOR_UNITS.contains(unit) ? 0 : 1;
        }

        /** The value without a trailing ".0" in JSON: 260000, 3.5. */
        @JsonProperty("value")
        public Number jsonValue() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
        }
    }

    /** A direct quotation and its speaker as the article names them (null when the article does not say). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"speaker", "text", "section", "paragraph"})
    public record Quote(String speaker, String text, int section, int paragraph) {
    }

    /** A section heading (null for the lead) with a one-sentence gist. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"section", "heading", "gist"})
    public record OutlineItem(int section, String heading, String gist) {
    }

    /**
     * The same briefing cut down for a smaller page: the {@code sentences} most central summary
     * sentences (kept in article order) and the first figures, quotes, keywords and names.
     */
    public Briefing limit(int maxSentences, int maxFigures, int maxQuotes, int maxKeywords, int maxNames) {
        List<Sentence> kept = sentences.stream()
                .sorted(Comparator.comparingInt(Sentence::rank)).limit(Math.max(0, maxSentences))
                .sorted(Comparator.comparingInt(Sentence::section).thenComparingInt(Sentence::paragraph)
                        .thenComparingInt(Sentence::start))
                .toList();
        return new Briefing(article, title, subtitles, publisher, byline, published, made, query, kept,
                topFigures(maxFigures), head(quotes, maxQuotes), head(keywords, maxKeywords),
                head(names, maxNames), outline);
    }

    public Briefing withoutOutline() {
        return new Briefing(article, title, subtitles, publisher, byline, published, made, query, sentences,
                figures, quotes, keywords, names, List.of());
    }

    /** At most {@code n} figures in article order, dropping dates and ordinals first, then the last ones. */
    public List<Figure> topFigures(int n) {
        if (figures.size() <= n) return figures;
        List<Figure> keep = new java.util.ArrayList<>(figures);
        for (int i = keep.size() - 1; i >= 0 && keep.size() > n; i--) {
            if (keep.get(i).importance() == 0) keep.remove(i);
        }
        return head(keep, Math.max(0, n));
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.subList(0, Math.min(list.size(), Math.max(0, n)));
    }
}
