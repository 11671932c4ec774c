package kr.gisa.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One news article, immutable. This record is the {@code article.json} schema (see README,
 * "article.json schema"); {@link #SCHEMA_VERSION} is bumped on any incompatible change.
 *
 * <p>Addresses used everywhere (search hits, briefing sentences): section index into
 * {@link #sections()}, then paragraph index counting only {@link Paragraph} blocks of that section.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "version", "id", "title", "subtitles", "publisher", "byline", "email",
        "published", "url", "copyright", "sections"})
public record Article(
        String id,
        String title,
        List<String> subtitles,
        String publisher,
        String byline,
        String email,
        String published,
        String url,
        String copyright,
        List<Section> sections) {

    public static final String SCHEMA = "gisa.article";
    public static final int SCHEMA_VERSION = 1;

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        subtitles = subtitles == null ? List.of() : List.copyOf(subtitles);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }

    @JsonProperty("version")
    public int version() {
        return SCHEMA_VERSION;
    }

    /** All paragraphs in reading order. */
    @JsonIgnore
    public List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        for (Section s : sections) out.addAll(s.paragraphs());
        return out;
    }

    /** All photos in reading order. */
    @JsonIgnore
    public List<Photo> photos() {
        List<Photo> out = new ArrayList<>();
        for (Section s : sections) out.addAll(s.photos());
        return out;
    }

    /** The paragraph at a (section, paragraph) address, as used by search hits and briefings. */
    public Paragraph paragraph(int section, int paragraph) {
        return sections.get(section).paragraphs().get(paragraph);
    }

    public Article withId(String newId) {
        return new Article(newId, title, subtitles, publisher, byline, email, published, url, copyright, sections);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, newTitle, subtitles, publisher, byline, email, published, url, copyright, sections);
    }
}
