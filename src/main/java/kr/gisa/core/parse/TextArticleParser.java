package kr.gisa.core.parse;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the plain-text shape of Korean web news into an {@link Article}.
 *
 * <p>The shape: a title line, deck (subtitle) lines up to the first blank line, then the body.
 * Body lines are headings (◆ ■ ▲ 【】 [소제목] …), photo captions (ending in a credit such as
 * [사진=엔비디아], usually written twice: once as alt text and once as caption), bylines,
 * a copyright line naming the publisher, or paragraphs. Any line not recognised becomes a
 * paragraph, so no text is ever dropped.
 */
public final class TextArticleParser {

    /** Parses {@code text}; {@code id} becomes the article id. Never throws on odd input. */
    public Article parse(String text, String id) {
        List<String> lines = lines(text);
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;

        String title = "";
        List<String> subtitles = new ArrayList<>();
        if (i < lines.size() && LineRules.heading(lines.get(i)).isEmpty()) {
            title = lines.get(i++).strip();
            // Deck lines run up to the first blank line; a deck is short, so a long line ends it.
            while (i < lines.size() && !lines.get(i).isBlank() && isDeckLine(lines.get(i))) {
                subtitles.add(stripDeckMarker(lines.get(i++).strip()));
            }
        }

        Body body = new Body();
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            Optional<String> heading = LineRules.heading(line);
            if (heading.isPresent()) {
                body.heading(heading.get());
                continue;
            }
            Optional<String> publisher = LineRules.copyrightPublisher(line);
            if (publisher.isPresent()) {
                body.publisher = publisher.get();
                body.copyright = line;
                continue;
            }
            Optional<LineRules.Caption> caption = LineRules.caption(line);
            if (caption.isPresent()) {
                body.photo(caption.get());
                continue;
            }
            Optional<LineRules.Byline> byline = LineRules.byline(line);
            if (byline.isPresent() && body.byline == null) {
                body.byline = byline.get().name();
                body.email = byline.get().email();
                continue;
            }
            body.paragraph(line);
        }
        return new Article(id, title, subtitles, body.publisher, body.byline, body.email, null, null,
                body.copyright, body.sections());
    }

    private static boolean isDeckLine(String line) {
        String s = line.strip();
        return s.length() <= 120 && LineRules.caption(s).isEmpty() && LineRules.byline(s).isEmpty()
                && LineRules.copyrightPublisher(s).isEmpty();
    }

    private static String stripDeckMarker(String s) {
        // Some sites prefix deck lines with a dash or bullet; the marker is decoration, not text.
        return s.replaceFirst("^[-–—·•]\\s+", "");
    }

    private static final java.util.regex.Pattern SPACES =
            java.util.regex.Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");

    /** NFC-normalised lines without BOM, for LF, CRLF and CR line ends. */
    static List<String> lines(String text) {
        if (text == null) return List.of();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        // Web text carries no-break and typographic spaces; they mean a plain space to a reader and
        // the tokenizer alike (source.txt keeps the original bytes).
        t = SPACES.matcher(t).replaceAll(" ");
        return List.of(t.split("\r\n|\r|\n", -1));
    }

    /** Accumulates sections while the body is read. */
    private static final class Body {
        private final List<Section> done = new ArrayList<>();
        private String heading;
        private List<Block> blocks = new ArrayList<>();
        String publisher;
        String copyright;
        String byline;
        String email;

        void heading(String text) {
            flush();
            heading = text;
        }

        void paragraph(String text) {
            blocks.add(new Paragraph(text));
        }

        void photo(LineRules.Caption c) {
            // A caption written twice in a row (alt text, then caption) is one photo.
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Photo last
                    && last.caption().equals(c.caption()) && java.util.Objects.equals(last.credit(), c.credit())) {
                return;
            }
            blocks.add(new Photo(c.caption(), c.credit(), null));
        }

        private void flush() {
            if (heading != null || !blocks.isEmpty()) done.add(new Section(heading, blocks));
            blocks = new ArrayList<>();
        }

        List<Section> sections() {
            flush();
            return done;
        }
    }
}
