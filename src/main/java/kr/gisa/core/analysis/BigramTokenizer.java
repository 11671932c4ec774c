package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

import java.io.IOException;

/**
 * Overlapping bigrams of every run of Hangul or Han characters (하이퍼클로바X → 하이 이퍼 퍼클 클로 로바, X),
 * a lone such character as itself, and every run of other letters or digits as one word. Runs are
 * split at script changes, unlike StandardTokenizer, which keeps 하이퍼클로바X whole and so would hide
 * 클로바 from the fallback field.
 */
final class BigramTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private String text;
    private int pos;
    private int runEnd = -1; // end of the current CJK run while emitting its bigrams

    BigramTokenizer() {
    }

    /** For {@link BigramTokenizerFactory} (Solr passes its own attribute factory). */
    BigramTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (text == null) text = readAll();
        if (runEnd >= 0 && pos + 1 < runEnd) {
            emit(pos, pos + 2);
            pos++;
            return true;
        }
        if (runEnd >= 0) {
            pos = runEnd;
            runEnd = -1;
        }
        while (pos < text.length() && !Character.isLetterOrDigit(text.codePointAt(pos))) pos += Character.charCount(text.codePointAt(pos));
        if (pos >= text.length()) return false;
        int start = pos;
        boolean cjk = isCjk(text.charAt(start));
        int end = start;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!Character.isLetterOrDigit(cp) || (cp < 0x10000 && isCjk((char) cp)) != cjk) break;
            end += Character.charCount(cp);
        }
        if (!cjk || end - start == 1) {
            emit(start, end);
            pos = end;
            return true;
        }
        runEnd = end;
        emit(start, start + 2);
        pos = start + 1;
        return true;
    }

    private void emit(int start, int end) {
        term.setEmpty().append(text, start, end);
        offset.setOffset(correctOffset(start), correctOffset(end));
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1024];
        for (int n; (n = input.read(buf)) != -1; ) sb.append(buf, 0, n);
        return sb.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text == null ? 0 : text.length());
        offset.setOffset(end, end);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = null;
        pos = 0;
        runEnd = -1;
    }
}
