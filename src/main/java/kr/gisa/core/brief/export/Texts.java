package kr.gisa.core.brief.export;

import kr.gisa.core.brief.Briefing;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Labels and small formatting shared by the exporters, so every format reads the same. */
final class Texts {

    static final String BRAND = "GISA 브리핑";
    static final String SUMMARY = "핵심 요약";
    static final String FIGURES = "주요 수치";
    static final String QUOTES = "주요 발언";
    static final String KEYWORDS = "키워드";
    static final String NAMES = "등장 기관·인물";
    static final String OUTLINE = "기사 구성";
    static final String LEAD = "리드";
    static final String UNATTRIBUTED = "출처 미상";
    static final String NO_SUMMARY = "요약할 본문이 없습니다.";

    private Texts() {
    }

    /** "§2 ¶3": section and paragraph, counted from 1 for people. */
    static String address(int section, Integer paragraph) {
        return "§" + (section + 1) + (paragraph == null ? " 사진" : " ¶" + (paragraph + 1));
    }

    /** "260,000" or "3.5". */
    static String value(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** "2026-11-29 10:50" from the ISO time the briefing was made. */
    static String made(Briefing b) {
        try {
            return OffsetDateTime.parse(b.made()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        } catch (DateTimeParseException | NullPointerException e) {
            return b.made() == null ? "" : b.made();
        }
    }

    /** "전기신문 · 2025-11-01 · 기사 bf9a…": the header line, skipping what is unknown. */
    static String source(Briefing b) {
        List<String> parts = new ArrayList<>();
        if (b.publisher() != null && !b.publisher().isBlank()) parts.add(b.publisher());
        if (b.byline() != null && !b.byline().isBlank()) parts.add(b.byline());
        if (b.published() != null && !b.published().isBlank()) parts.add(b.published());
        parts.add("기사 " + b.article());
        return String.join(" · ", parts);
    }

    static String heading(Briefing.OutlineItem item) {
        return item.heading() == null ? LEAD : item.heading();
    }

    static String speaker(Briefing.Quote q) {
        return q.speaker() == null ? UNATTRIBUTED : q.speaker();
    }

    /** Splits a sentence into runs, odd-indexed runs being query matches. */
    static List<String> runs(Briefing.Sentence s) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Briefing.Mark m : s.marks()) {
            if (m.start() < at || m.end() > s.text().length()) continue;
            out.add(s.text().substring(at, m.start()));
            out.add(s.text().substring(m.start(), m.end()));
            at = m.end();
        }
        out.add(s.text().substring(at));
        return out;
    }
}
