package kr.gisa.core.analysis;

import java.io.Reader;
import java.text.Normalizer;

/**
 * Unicode NFC with offsets kept: decomposed Hangul (as macOS writes file names and some text)
 * becomes precomposed syllables, so 한국 typed as ᄒ+ᅡ+ᆫ+ᄀ+ᅮ+ᆨ matches 한국, and highlights still
 * land on the original characters.
 */
final class NfcCharFilter extends RewritingCharFilter {

    NfcCharFilter(Reader in) {
        super(in);
    }

    @Override
    protected void rewrite(String text, Out out) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            out.copy(text, 0, text.length());
            return;
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || startsCluster(text.charAt(i))) {
                String cluster = text.substring(start, i);
                String nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
                if (nfc.equals(cluster)) out.copy(text, start, i);
                else out.replace(start, i, nfc);
                start = i;
            }
        }
    }

    /** True when c cannot compose with the character before it. */
    private static boolean startsCluster(char c) {
        if (c >= 0x1161 && c <= 0x11C2) return false; // Hangul vowel and final jamo join the syllable before
        if (Character.isLowSurrogate(c)) return false;
        int type = Character.getType(c);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK;
    }
}
