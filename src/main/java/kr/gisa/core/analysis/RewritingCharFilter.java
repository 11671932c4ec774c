package kr.gisa.core.analysis;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * A char filter that rewrites the whole input at once (field values and queries are short) and
 * keeps offset corrections, so every token's offsets still point into the caller's original string.
 * Subclasses append output through {@link Out}, saying which input range each piece replaces.
 */
abstract class RewritingCharFilter extends BaseCharFilter {

    private String output;
    private int pos;

    RewritingCharFilter(Reader in) {
        super(in);
    }

    /** Writes the rewritten form of {@code text} into {@code out}. */
    protected abstract void rewrite(String text, Out out);

    /** Output under construction; input offsets are positions in the text given to rewrite. */
    protected final class Out {
        private final StringBuilder sb = new StringBuilder();
        private int lastDiff;

        /** Appends input text unchanged. */
        void copy(String text, int from, int to) {
            sb.append(text, from, to);
        }

        /** Appends {@code replacement} for the input range [inStart, inEnd). */
        void replace(int inStart, int inEnd, String replacement) {
            sb.append(replacement);
            int diff = inEnd - sb.length();
            if (diff != lastDiff) {
                addOffCorrectMap(sb.length(), diff);
                lastDiff = diff;
            }
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (output == null) {
            // Sized for a paragraph, not a page: the index analyzes every unit (and its bigrams) on its
            // own, and a 4,096-char buffer per text was half of all the bytes an index build allocated.
            StringBuilder in = new StringBuilder(256);
            char[] buf = new char[256];
            for (int n; (n = input.read(buf)) != -1; ) in.append(buf, 0, n);
            Out out = new Out();
            rewrite(in.toString(), out);
            output = out.sb.toString();
        }
        if (pos >= output.length()) return -1;
        int n = Math.min(len, output.length() - pos);
        output.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }
}
