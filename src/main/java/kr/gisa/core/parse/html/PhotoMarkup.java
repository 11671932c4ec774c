package kr.gisa.core.parse.html;

import kr.gisa.core.model.Photo;
import kr.gisa.core.parse.LineRules;
import org.jsoup.nodes.Element;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a photo from its markup: a figure with figcaption, a Korean photo box (image plus a
 * caption element such as em.img_desc), a bare img with alt text. The caption's credit —
 * [사진=연합뉴스], (사진=…), ⓒ…, "Photo: …" — is split off into {@link Photo#credit()}.
 */
final class PhotoMarkup {

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "\\s*[(\\[]?(?:Photo|Image|Picture|Credit|Photograph)s?(?: by)?\\s*[:/]\\s*([^()\\[\\]]{2,80}?)[)\\]]?"
                    + "(?:\\s*/\\s*Copyright.*)?(?:\\s*(?:Caption|Close|Hide|Show))*\\s*$",
            Pattern.CASE_INSENSITIVE);

    // Alt texts that say nothing: "image", "사진", a file name.
    private static final Pattern GENERIC_ALT = Pattern.compile(
            "(?i)(?:image|img|photo|사진|이미지|본문\\s*이미지|기사\\s*이미지|.*\\.(?:jpe?g|png|gif|webp))");

    private PhotoMarkup() {
    }

    /** The photo a unit (figure, img or photo box) shows, or null for decoration (icons, spacers). */
    static Photo read(Element unit) {
        Element img = unit.tagName().equals("img") ? unit : unit.selectFirst("img");
        if (img != null && tiny(img)) return null;
        String src = img == null ? null : imageSource(img);
        String caption = null;
        if (!unit.tagName().equals("img")) {
            Element cap = unit.selectFirst("figcaption");
            if (cap == null) {
                for (Element c : unit.getAllElements()) {
                    if (c != unit && c.selectFirst("img") == null && Boilerplate.captionElement(c)
                            && !BlockWriter.text(c).isEmpty()) {
                        cap = c;
                        break;
                    }
                }
            }
            caption = cap != null ? BlockWriter.text(cap) : BlockWriter.normalize(unit.text());
        }
        if ((caption == null || caption.isEmpty()) && img != null) caption = altText(img);
        if (src == null && (caption == null || caption.isEmpty())) return null;
        return captioned(caption == null ? "" : caption, src);
    }

    /** A photo with the credit split off its caption text. */
    static Photo captioned(String caption, String src) {
        String text = caption;
        String credit = null;
        Optional<LineRules.Caption> parsed = LineRules.caption(text);
        Matcher english = PHOTO_CREDIT.matcher(text);
        if (parsed.isPresent()) {
            text = parsed.get().caption();
            credit = parsed.get().credit();
        } else if (english.find()) {
            credit = english.group(1).strip();
            text = text.substring(0, english.start()).strip();
        }
        return new Photo(text, credit, src);
    }

    static String altText(Element img) {
        String alt = BlockWriter.normalize(img.attr("alt"));
        if (alt.isEmpty() || GENERIC_ALT.matcher(alt).matches()) {
            return "";
        }
        return alt;
    }

    static boolean tiny(Element img) {
        int w = dimension(img.attr("width"));
        int h = dimension(img.attr("height"));
        return (w > 0 && w < 60) || (h > 0 && h < 60);
    }

    private static int dimension(String v) {
        try {
            return Integer.parseInt(v.replaceAll("[^0-9]", "").isEmpty() ? "0" : v.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The page's reference to an image file (lazy-loading attributes first), untouched. */
    static String imageSource(Element img) {
        for (String a : new String[]{"data-src", "data-original", "data-lazy-src", "data-url", "src"}) {
            String v = img.attr(a).strip();
            if (!v.isEmpty() && !v.startsWith("data:image/gif;base64,R0lGOD")) return v;
        }
        return null;
    }
}
