package kr.gisa.core.parse.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a saved page (or text file) into text. Korean pages lie about their charset
 * often enough (a page saved by a browser is rewritten as UTF-8 but keeps {@code charset=euc-kr}),
 * so strict UTF-8 is tried first; a declared charset is believed only when UTF-8 fails.
 * EUC-KR is read as CP949, its superset, because Korean sites use the extra syllables.
 */
public final class HtmlDecoder {

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, String charset) {
    }

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        // Byte order marks settle the question.
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");

        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, "UTF-8");

        // Korean text in CP949 is accepted even against a (Latin) declaration when it decodes cleanly
        // into mostly Hangul: single-byte charsets decode anything, so they cannot be tested.
        String korean = strict(bytes, CP949);
        if (korean != null && mostlyHangul(korean)) return new Decoded(korean, "CP949");
        Charset declared = declared(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String s = strict(bytes, declared);
            if (s != null) return new Decoded(s, declared.name());
        }
        if (korean != null) return new Decoded(korean, "CP949");
        // Nothing decodes cleanly: keep what can be read rather than refusing the page.
        Charset fallback = declared != null ? declared : WINDOWS_1252;
        return new Decoded(lenient(bytes, 0, fallback), fallback.name());
    }

    /** The charset named by a meta tag in the first 4 KB, mapped to the charset browsers use for it. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        switch (name) {
            case "euc-kr", "euckr", "ks_c_5601-1987", "ksc5601", "cp949", "ms949", "windows-949", "x-windows-949":
                return CP949;
            case "iso-8859-1", "latin1", "us-ascii", "ascii":
                return WINDOWS_1252; // as browsers do (WHATWG encoding standard)
            default:
                try {
                    return Charset.forName(name);
                } catch (RuntimeException e) {
                    return null;
                }
        }
    }

    /**
     * True when the bytes look like binary data rather than text in any encoding: NUL bytes or
     * many control characters. UTF-16 with a BOM is text.
     */
    public static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) return false;
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return n > 0 && control * 50 > n; // more than 2 % control characters
    }

    private static boolean mostlyHangul(String s) {
        int nonAscii = 0;
        int hangul = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if ((c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u3130' && c <= '\u318F')) hangul++;
        }
        return nonAscii > 0 && hangul * 10 >= nonAscii * 7;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }
}
