package kr.gisa.core.parse.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlDecoderTest {

    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final String KOREAN = "정부는 3일 반도체 수출이 늘었다고 밝혔다. 똠방각하";

    private static String page(String charset) {
        return "<html><head><meta charset=\"" + charset + "\"></head><body><p>" + KOREAN + "</p></body></html>";
    }

    @Test
    void utf8() {
        assertTrue(HtmlDecoder.decode(page("utf-8").getBytes(StandardCharsets.UTF_8)).text().contains(KOREAN));
    }

    @Test
    void eucKrDeclared() {
        // 똠 is outside EUC-KR but inside CP949, which Korean sites really send under the name euc-kr.
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("euc-kr").getBytes(CP949));
        assertTrue(d.text().contains(KOREAN));
    }

    @Test
    void eucKrUndeclaredOrMisdeclared() {
        String plain = "<html><body><p>" + KOREAN.replace("똠방각하", "") + "</p></body></html>";
        assertTrue(HtmlDecoder.decode(plain.getBytes(EUC_KR)).text().contains(KOREAN.replace("똠방각하", "")));
        assertTrue(HtmlDecoder.decode(page("iso-8859-1").getBytes(CP949)).text().contains(KOREAN));
    }

    @Test
    void declaredEucKrButStoredAsUtf8() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("euc-kr").getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains(KOREAN));
    }

    @Test
    void byteOrderMarks() {
        byte[] body = page("utf-8").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        String text = HtmlDecoder.decode(bom).text();
        assertTrue(text.startsWith("<html>"));
        byte[] utf16 = ("\uFEFF" + page("utf-16")).getBytes(StandardCharsets.UTF_16LE);
        assertTrue(HtmlDecoder.decode(utf16).text().contains(KOREAN));
        assertFalse(HtmlDecoder.looksBinary(utf16));
    }

    @Test
    void binaryIsRecognised() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertTrue(HtmlDecoder.looksBinary(junk));
        assertFalse(HtmlDecoder.looksBinary(page("utf-8").getBytes(StandardCharsets.UTF_8)));
        assertFalse(HtmlDecoder.looksBinary(page("euc-kr").getBytes(CP949)));
    }
}
