package kr.gisa.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A text analyzed once, replayable as often as needed. An article's title, section headings and
 * publisher are indexed on every unit document (for the title:, section: and publisher: filters) and
 * a caption both as text and caption: analyzing them each time made Nori do most of the index
 * build's work twice over. The replay gives exactly what the analyzer gave — terms, positions and
 * offsets — which is all the index keeps of a token. Immutable; each {@link #stream()} is independent.
 */
final class AnalyzedText {

    private final String text;
    private final String[] terms;
    private final int[] increments;
    private final int[] lengths;
    private final int[] starts;
    private final int[] ends;
    private final int finalOffset;
    private final int finalIncrement;

    private AnalyzedText(String text, String[] terms, int[] increments, int[] lengths, int[] starts, int[] ends,
                         int finalOffset, int finalIncrement) {
        this.text = text;
        this.terms = terms;
        this.increments = increments;
        this.lengths = lengths;
        this.starts = starts;
        this.ends = ends;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** Runs {@code analyzer} over {@code text} as it would for {@code field}, and keeps the tokens. */
    static AnalyzedText of(Analyzer analyzer, String field, String text) {
        int n = 0;
        String[] terms = new String[8];
        int[] inc = new int[8], len = new int[8], start = new int[8], end = new int[8];
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, 2 * n);
                    inc = Arrays.copyOf(inc, 2 * n);
                    len = Arrays.copyOf(len, 2 * n);
                    start = Arrays.copyOf(start, 2 * n);
                    end = Arrays.copyOf(end, 2 * n);
                }
                terms[n] = term.toString();
                inc[n] = posInc.getPositionIncrement();
                len[n] = posLen.getPositionLength();
                start[n] = offset.startOffset();
                end[n] = offset.endOffset();
                n++;
            }
            ts.end();
            return new AnalyzedText(text, Arrays.copyOf(terms, n), Arrays.copyOf(inc, n), Arrays.copyOf(len, n),
                    Arrays.copyOf(start, n), Arrays.copyOf(end, n), offset.endOffset(), posInc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analyzing a String does no I/O
        }
    }

    /** The text that was analyzed. */
    String text() {
        return text;
    }

    /** The number of tokens. */
    int size() {
        return terms.length;
    }

    /** A fresh stream of the kept tokens, for one field of one document. */
    TokenStream stream() {
        return new Replay();
    }

    /** Replays the tokens; {@link #text()} says what they came from. */
    final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= terms.length) return false;
            clearAttributes();
            term.setEmpty().append(terms[next]);
            posInc.setPositionIncrement(increments[next]);
            posLen.setPositionLength(lengths[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            posInc.setPositionIncrement(finalIncrement);
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        String text() {
            return text;
        }
    }
}
