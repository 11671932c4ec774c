package kr.gisa.core.analysis;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes numbers one way before Nori sees them: 26만, 260,000 and 260000 all become 260000, and
 * 6만5000 becomes 65000. Nori segments 26만장 (26 + 만장) differently from 26만장을 (26만 + 장 + 을);
 * rewriting first makes both 260000 + 장. Only digits with Korean units or thousands separators
 * are touched: Sino-Korean words (이, 일, 삼…) are never read as numbers, unlike Lucene's
 * KoreanNumberFilter which turns the copula 이 into 2.
 */
final class NumberCharFilter extends RewritingCharFilter {

    /** Digits (maybe comma-grouped, maybe decimal), then any Korean units each maybe followed by digits. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?:[천만억조][\\d,]*)*");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    NumberCharFilter(Reader in) {
        super(in);
    }

    @Override
    protected void rewrite(String text, Out out) {
        Matcher m = NUMBER.matcher(text);
        int last = 0;
        while (m.find()) {
            int end = m.end();
            while (text.charAt(end - 1) == ',') end--; // "5만, 6만": the comma is punctuation
            String value = value(text.substring(m.start(), end));
            if (value == null) continue;
            out.copy(text, last, m.start());
            out.replace(m.start(), end, value);
            last = end;
        }
        out.copy(text, last, text.length());
    }

    /** The plain decimal value of a number written with commas and Korean units, or null. */
    static String value(String s) {
        boolean units = s.chars().anyMatch(c -> "천만억조".indexOf(c) >= 0);
        for (String run : s.split("[천만억조]")) {
            if (run.indexOf(',') >= 0 && !GROUPED.matcher(run).matches()) return null; // 1,2345 is not a number
        }
        if (!units && s.indexOf(',') < 0) return null; // plain digits stay as written
        BigDecimal total = BigDecimal.ZERO;   // sum of completed 만/억/조 groups
        BigDecimal group = BigDecimal.ZERO;   // thousands inside the current group
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\0';
            if (Character.isDigit(c) || c == '.') {
                digits.append(c);
                continue;
            }
            if (c == ',') continue;
            BigDecimal n = digits.length() == 0 ? null : parse(digits.toString());
            if (digits.length() > 0 && n == null) return null;
            digits.setLength(0);
            switch (c) {
                case '천' -> group = group.add((n == null ? BigDecimal.ONE : n).scaleByPowerOfTen(3));
                case '만', '억', '조' -> {
                    BigDecimal g = group.add(n == null ? BigDecimal.ZERO : n);
                    if (g.signum() == 0) g = BigDecimal.ONE;
                    int power = c == '만' ? 4 : c == '억' ? 8 : 12;
                    total = total.add(g.scaleByPowerOfTen(power));
                    group = BigDecimal.ZERO;
                }
                default -> group = group.add(n == null ? BigDecimal.ZERO : n);
            }
        }
        BigDecimal v = total.add(group).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    private static BigDecimal parse(String digits) {
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
