package kr.gisa.core.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognisers for the special lines of Korean web-news text. Each is pure and line-local.
 * Public so the HTML extractor reads captions, credits, bylines and copyright lines the same way.
 */
public final class LineRules {

    private LineRules() {
    }

    public record Caption(String caption, String credit) {
    }

    public record Byline(String name, String email) {
    }

    private static final int MAX_HEADING = 60;

    // ◆ 제목, ■ 제목, ▲ 제목, ● 제목, ▶ 제목 (a marker then short text)
    private static final Pattern MARK_HEADING = Pattern.compile("^[◆◇■□▲△●○▶▷★☆◈]\\s*(\\S.*)$");
    // 【제목】 or [소제목] 제목 / [제목] alone on a line
    private static final Pattern BRACKET_HEADING = Pattern.compile("^【\\s*(.+?)\\s*】$");
    private static final Pattern SUBTITLE_TAG = Pattern.compile("^\\[\\s*소제목\\s*\\]\\s*(\\S.*)$");
    private static final Pattern INTERTITLE = Pattern.compile("^<\\s*(\\S[^<>]*?)\\s*>$");

    // [사진=엔비디아] / [사진 = 엔비디아] / (사진=연합뉴스) / /사진=연합뉴스 / [그래픽=...]
    private static final Pattern CREDIT = Pattern.compile(
            "\\s*(?:[\\[(（]\\s*|/\\s*)(?:사진|그래픽|자료|이미지|영상|출처|사진제공|제공)\\s*[=:：]\\s*([^\\])）]+?)\\s*[\\])）]?\\s*$");
    // trailing ⓒ 연합뉴스 / © Reuters
    private static final Pattern COPY_CREDIT = Pattern.compile("\\s*[ⓒ©]\\s*([^ⓒ©]{1,40})$");

    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:저작권자|copyright|Copyright|COPYRIGHT)?\\s*(?:\\(c\\)|[ⓒ©])\\s*(.+?)\\s*(?:\\(|무단|all rights|All rights|All Rights|,|\\.|$).*");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[/=\\[(]\\s*)?([가-힣]{2,5})\\s*(?:기자|특파원|선임기자|객원기자|인턴기자|논설위원|에디터)?\\s*(?:[\\])]\\s*)?"
                    + "(?:[<(\\[]?\\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\s*[>)\\]]?)?\\s*$");

    public static Optional<String> heading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING + 4) return Optional.empty();
        for (Pattern p : new Pattern[]{MARK_HEADING, BRACKET_HEADING, SUBTITLE_TAG, INTERTITLE}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                String h = m.group(1).strip();
                // A heading is a phrase, not a sentence: sentence-final text stays a paragraph.
                if (h.length() <= MAX_HEADING && !h.endsWith("다.") && !h.endsWith("요.")) return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    public static Optional<Caption> caption(String line) {
        String s = line.strip();
        Matcher m = CREDIT.matcher(s);
        if (m.find() && m.end() == s.length()) {
            String caption = s.substring(0, m.start()).strip();
            if (caption.length() <= 300) return Optional.of(new Caption(caption, m.group(1).strip()));
        }
        Matcher c = COPY_CREDIT.matcher(s);
        if (c.find() && s.length() <= 300 && !s.startsWith("저작권") && c.start() > 0) {
            return Optional.of(new Caption(s.substring(0, c.start()).strip(), c.group(1).strip()));
        }
        return Optional.empty();
    }

    /** The publisher named by a copyright line such as "저작권자 © 전기신문 무단전재 및 재배포 금지". */
    public static Optional<String> copyrightPublisher(String line) {
        String s = line.strip();
        if (s.length() > 160) return Optional.empty();
        boolean looksLegal = s.startsWith("저작권") || s.contains("무단") || s.toLowerCase().startsWith("copyright")
                || s.toLowerCase().contains("all rights reserved");
        if (!looksLegal) return Optional.empty();
        Matcher m = COPYRIGHT.matcher(s);
        if (m.matches()) {
            String name = m.group(1).replaceAll("\\s*(?:무단|All|all).*$", "").strip();
            name = name.replaceFirst("^\\d{4}(?:[-~]\\d{4})?\\s*", "");
            if (!name.isEmpty() && name.length() <= 40) return Optional.of(name);
        }
        Matcher k = Pattern.compile("^저작권자\\s*[:：]?\\s*(\\S+)").matcher(s);
        if (k.find()) return Optional.of(k.group(1));
        return Optional.empty();
    }

    public static Optional<Byline> byline(String line) {
        String s = line.strip();
        if (s.length() > 80) return Optional.empty();
        Matcher m = BYLINE.matcher(s);
        if (m.matches() && (m.group(2) != null || s.matches(".*(?:기자|특파원|논설위원|에디터)\\s*\\]?\\)?$"))) {
            return Optional.of(new Byline(m.group(1), m.group(2)));
        }
        // "홍길동 기자 = " style leads are part of the paragraph, not a byline: leave them.
        return Optional.empty();
    }
}
