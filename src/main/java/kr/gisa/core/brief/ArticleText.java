package kr.gisa.core.brief;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The article cut into sentences, each with its address and its Nori morphemes: the shared input of
 * the summary, figures, quotes and keywords. Each paragraph is analysed once and its morphemes dealt
 * out to its sentences by offset.
 */
final class ArticleText {

    /**
     * One sentence: its text and address. {@code paragraph} is -1 for a photo caption; {@code start}
     * and {@code end} are offsets in the paragraph (or caption); {@code order} counts body paragraphs
     * from the article start (for position), {@code tokens} have offsets relative to the sentence.
     */
    record Unit(int index, int section, int paragraph, int order, int start, int end, String text,
                List<Morphemes.Token> tokens) {
        boolean isCaption() {
            return paragraph < 0;
        }

        boolean isFirstOfParagraph() {
            return start == 0;
        }
    }

    private final List<Unit> sentences;
    private final List<Unit> captions;

    private ArticleText(List<Unit> sentences, List<Unit> captions) {
        this.sentences = sentences;
        this.captions = captions;
    }

    static ArticleText of(Article article, Morphemes morphemes) {
        List<Unit> sentences = new ArrayList<>();
        List<Unit> captions = new ArrayList<>();
        int order = 0;
        List<Section> sections = article.sections();
        for (int s = 0; s < sections.size(); s++) {
            int p = 0;
            for (Block b : sections.get(s).blocks()) {
                if (b instanceof Paragraph para) {
                    cut(para.text(), s, p, order, sentences, morphemes);
                    p++;
                    order++;
                } else if (b instanceof Photo photo && !photo.caption().isBlank()
                        && captions.stream().noneMatch(c -> c.text().equals(photo.caption().strip()))) {
                    cut(photo.caption(), s, -1, order, captions, morphemes);
                }
            }
        }
        return new ArticleText(List.copyOf(sentences), List.copyOf(captions));
    }

    private static void cut(String text, int section, int paragraph, int order, List<Unit> out, Morphemes m) {
        List<Morphemes.Token> all = m.analyze(text);
        for (SentenceSplitter.Span span : SentenceSplitter.split(text)) {
            List<Morphemes.Token> mine = new ArrayList<>();
            for (Morphemes.Token t : all) {
                if (t.start() >= span.start() && t.end() <= span.end()) {
                    mine.add(new Morphemes.Token(t.text(), t.tag(), t.start() - span.start(), t.end() - span.start()));
                }
            }
            out.add(new Unit(out.size(), section, paragraph, order, span.start(), span.end(),
                    text.substring(span.start(), span.end()), List.copyOf(mine)));
        }
    }

    /** Body sentences in reading order. */
    List<Unit> sentences() {
        return sentences;
    }

    /** Photo captions (each distinct caption once), cut into sentences. */
    List<Unit> captions() {
        return captions;
    }

    /** Body sentences then captions. */
    List<Unit> all() {
        List<Unit> out = new ArrayList<>(sentences);
        out.addAll(captions);
        return out;
    }
}
