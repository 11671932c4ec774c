package kr.gisa.core.search;

import java.util.List;

/**
 * One hit: a unit of an article. {@code field} is title, subtitle, heading, paragraph or caption;
 * {@code section} is the section index (-1 for title and subtitles); {@code paragraph} is the
 * paragraph index within the section as in {@code Article.paragraph(s, p)}, the subtitle index,
 * or the photo index within the section for a caption (-1 for title and headings).
 * {@code spans} are [start, end) UTF-16 offsets into {@code text}, the whole text of that unit.
 */
public record SearchHit(String article, String title, String field, int section, int paragraph, float score,
                        String text, List<Span> spans, String snippet) {

    public SearchHit {
        spans = List.copyOf(spans);
    }

    /** A hit with the snippet every engine shows: the text around the first span, every span in it marked. */
    public static SearchHit of(String article, String title, String field, int section, int paragraph, float score,
                               String text, List<Span> spans) {
        return new SearchHit(article, title, field, section, paragraph, score, text, spans,
                Highlights.snippet(text, spans, QueryRunner.SNIPPET_CONTEXT));
    }
}
