package kr.gisa.core.brief;

import kr.gisa.core.brief.Briefing.Figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the key figures of an article: each number with its unit (26만장 → 260000 장), what it counts
 * and the sentence it came from. Korean magnitudes are folded into the value (6만5000대 → 65000,
 * 1조2000억원 → 1.2e12). A number with no unit (a bare year or model number) is not a figure.
 *
 * <p>What a figure counts is read from the sentence, in this order: recipients of an allocation
 * ("A와 B, C에 각 5만장" gives one figure per recipient), a bare noun right before the number
 * ("GPU 26만장"), the noun after "N단위의", the subject of a measure ("소비 전력이 400MW"); failing
 * those, a counter (장, 대, 개) takes what the article counts most with that kind of counter, and
 * anything else the sentence's topic.
 */
final class FigureExtractor {

    /** Units, longest first so 억원 is not read as 억 + 원, kWh not as kW. */
    static final List<String> UNITS = List.of(
            "퍼센트포인트", "%p", "%포인트", "%", "퍼센트", "개국", "개월", "주년", "번째", "가구", "세대", "시간", "차례",
            "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "TW", "nm", "GB", "TB", "km", "kg", "mm", "cm",
            "달러", "유로", "위안", "포인트", "원", "엔", "장", "대", "명", "개", "배", "위", "년", "건", "곳", "톤", "분기",
            "회", "세", "살", "척", "기", "편", "권", "층", "평", "종", "국", "호", "일", "주", "초", "분", "m", "t");

    /** Counters: a number with one of these counts things, and the article usually says which. */
    private static final Set<String> COUNTERS = Set.of("장", "대", "개", "건", "곳", "척", "기", "종", "편", "권", "가구", "세대");
    private static final Set<String> MEASURES = Set.of("%", "%p", "%포인트", "퍼센트", "퍼센트포인트", "kWh", "MWh", "GWh", "TWh",
            "kW", "MW", "GW", "TW", "원", "달러", "유로", "엔", "위안", "배", "톤", "포인트", "t");
    /** Words between a subject and its number that say nothing about what is counted. */
    private static final Set<String> SKIP_BEFORE = Set.of("각", "각각", "모두", "총", "약", "최대", "최소", "연간", "연", "최신",
            "무려", "불과", "단", "또", "추가로", "이상", "이하", "가량", "여",
            // when, not what
            "올해", "지난해", "작년", "내년", "올", "이번", "당시", "현재", "최근", "전년", "상반기", "하반기", "연내", "그동안", "종전");
    private static final Set<String> COORDINATORS = Set.of("비롯해", "비롯한", "포함해", "포함한", "함께");

    private FigureExtractor() {
    }

    static List<Figure> extract(ArticleText text) {
        List<Raw> raws = new ArrayList<>();
        for (ArticleText.Unit u : text.all()) raws.addAll(scan(u));
        // What each counter usually counts in this article (장 → GPU), for counters with no subject of their own.
        Map<String, Integer> counted = new HashMap<>();
        for (Raw r : raws) {
            if (r.explicitNoun != null && COUNTERS.contains(r.unit)) counted.merge(r.explicitNoun, 1, Integer::sum);
        }
        String usualCounted = counted.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);

        // What each unit is said of elsewhere in the article (3위 ← 엔비디아 GPU 보유), for a bare repeat.
        Map<String, String> subjectOfUnit = new HashMap<>();
        for (Raw r : raws) if (r.explicitNoun != null) subjectOfUnit.putIfAbsent(r.unit, r.explicitNoun);

        List<Figure> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Raw r : raws) {
            List<String> subjects = new ArrayList<>(r.subjects);
            if (subjects.isEmpty()) {
                if (COUNTERS.contains(r.unit) && usualCounted != null) subjects.add(usualCounted);
                else if (subjectOfUnit.containsKey(r.unit)) subjects.add(subjectOfUnit.get(r.unit));
                else subjects.add(r.topic);
            }
            for (String subject : subjects) {
                String key = r.text + "|" + r.unit + "|" + subject;
                if (!seen.add(key)) continue;
                out.add(new Figure(r.text, r.value, r.unit, subject, r.source.text(), r.source.section(),
                        r.source.isCaption() ? null : r.source.paragraph()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Figure::section)
                .thenComparingInt(f -> order(text, f)));
        return out;
    }

    private static int order(ArticleText text, Figure f) {
        for (ArticleText.Unit u : text.all()) if (u.text().equals(f.sentence())) return u.order() * 1000 + u.index();
        return Integer.MAX_VALUE;
    }

    record Raw(ArticleText.Unit source, String text, double value, String unit, List<String> subjects,
                       String explicitNoun, String topic) {
    }

    static List<Raw> scan(ArticleText.Unit u) {
        List<Raw> out = new ArrayList<>();
        String t = u.text();
        List<Words.Word> words = Words.of(u);
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) || (i > 0 && isGlued(t.charAt(i - 1)))) {
                i++;
                continue;
            }
            Number n = parseNumber(t, i);
            String unit = unitAt(t, n.end, n.magnified);
            if (unit == null) {
                i = Math.max(n.end, i + 1);
                continue;
            }
            int unitStart = t.indexOf(unit, n.end);
            int end = unitStart + unit.length();
            String display = t.substring(i, end);
            String unitName = unit.equals("퍼센트") ? "%" : unit;
            int w = wordIndex(words, i);
            List<String> recipients = recipients(words, w);
            String explicit = recipients.isEmpty() ? nounBefore(words, w, unitName) : null;
            if (explicit == null && recipients.isEmpty()) explicit = nounAfter(words, w);
            List<String> subjects = new ArrayList<>(recipients);
            if (explicit != null) subjects.add(explicit);
            if (subjects.isEmpty() && MEASURES.contains(unitName)) {
                String s = measureSubject(words, w);
                if (s != null) subjects.add(s);
            }
            out.add(new Raw(u, display, n.value, unitName, subjects, explicit, topic(words)));
            i = end;
        }
        return out;
    }

    /** A digit right after a Latin letter or digit is part of a name (GB200, NVL72, 3D), not a figure. */
    private static boolean isGlued(char prev) {
        return Character.isLetterOrDigit(prev) && !SentenceSplitter.isHangul(prev) || prev == '.' || prev == '-';
    }

    private record Number(double value, int end, boolean magnified) {
    }

    /** Reads 26, 3.5, 1,200, 6만5000, 1조2000억 from {@code i}. */
    static Number parseNumber(String t, int i) {
        double total = 0;
        boolean magnified = false;
        int p = i;
        while (p < t.length() && Character.isDigit(t.charAt(p))) {
            int s = p;
            while (p < t.length() && (Character.isDigit(t.charAt(p)) || isThousandsComma(t, p))) p++;
            if (p + 1 < t.length() && t.charAt(p) == '.' && Character.isDigit(t.charAt(p + 1))) {
                p++;
                while (p < t.length() && Character.isDigit(t.charAt(p))) p++;
            }
            double v = Double.parseDouble(t.substring(s, p).replace(",", ""));
            double mag = p < t.length() ? magnitude(t.charAt(p)) : 0;
            if (mag > 0) {
                total += v * mag;
                magnified = true;
                p++;
                continue; // 6만 then 5000
            }
            total += v;
            break;
        }
        return new Number(total, p, magnified);
    }

    /** "1,200": a comma followed by exactly three digits (not "5,6월"). */
    private static boolean isThousandsComma(String t, int p) {
        if (t.charAt(p) != ',') return false;
        for (int k = 1; k <= 3; k++) if (p + k >= t.length() || !Character.isDigit(t.charAt(p + k))) return false;
        return p + 4 >= t.length() || !Character.isDigit(t.charAt(p + 4));
    }

    private static double magnitude(char c) {
        return switch (c) {
            case '조' -> 1e12;
            case '억' -> 1e8;
            case '만' -> 1e4;
            case '천' -> 1e3;
            default -> 0;
        };
    }

    /** The unit at {@code p} (one space allowed after a magnitude or before a Latin unit), or null. */
    static String unitAt(String t, int p, boolean magnified) {
        String direct = unitStartingAt(t, p);
        if (direct != null) return direct;
        if (p < t.length() && t.charAt(p) == ' ') {
            String spaced = unitStartingAt(t, p + 1);
            if (spaced != null && (magnified || !SentenceSplitter.isHangul(spaced.charAt(0)))) return spaced;
        }
        return null;
    }

    private static String unitStartingAt(String t, int p) {
        for (String u : UNITS) {
            if (!t.startsWith(u, p)) continue;
            int after = p + u.length();
            char first = u.charAt(0);
            boolean latin = first < 0x80 && Character.isLetter(first);
            // A Latin unit must end its word (400MW급 is fine, 5Gbps is not 5G).
            if (latin && after < t.length() && Character.isLetter(t.charAt(after)) && !SentenceSplitter.isHangul(t.charAt(after))) continue;
            return u;
        }
        return null;
    }

    private static int wordIndex(List<Words.Word> words, int offset) {
        for (int k = 0; k < words.size(); k++) if (offset >= words.get(k).start() && offset < words.get(k).end()) return k;
        return -1;
    }

    private static int skipBack(List<Words.Word> words, int k) {
        while (k >= 0 && SKIP_BEFORE.contains(words.get(k).text())) k--;
        return k;
    }

    /** "정부를 비롯해 삼성전자와 SK그룹, 현대자동차그룹에 각 5만장" → 정부, 삼성전자, SK그룹, 현대자동차그룹. */
    static List<String> recipients(List<Words.Word> words, int w) {
        List<String> out = new ArrayList<>();
        int k = skipBack(words, w - 1);
        if (k < 0 || !words.get(k).hasParticle("에", "에게", "에는", "에겐", "한테")) return out;
        out.add(words.get(k).stem());
        k--;
        while (k >= 0) {
            Words.Word x = words.get(k);
            if (x.hasParticle("와", "과", "및") || (x.isBare() && x.endsWithComma())) {
                out.add(0, x.stem());
                k--;
            } else if (x.text().equals("및")) {
                k--;
            } else if (COORDINATORS.contains(x.text()) && k > 0 && words.get(k - 1).hasParticle("를", "을", "와", "과")) {
                out.add(0, words.get(k - 1).stem());
                k -= 2;
            } else {
                break;
            }
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** "최신 GPU 26만장" → GPU; for a rank, the whole bare phrase: "엔비디아 GPU 보유 3위" → 엔비디아 GPU 보유. */
    static String nounBefore(List<Words.Word> words, int w, String unit) {
        int k = skipBack(words, w - 1);
        if (k < 0 || !words.get(k).isBare() || words.get(k).endsWithComma() || !hasNoun(words.get(k))) return null;
        int from = k;
        if (unit.equals("위")) {
            while (from > 0 && from > k - 2 && words.get(from - 1).isBare() && hasNoun(words.get(from - 1))
                    && !words.get(from - 1).endsWithComma()) from--;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = from; j <= k; j++) sb.append(j > from ? " " : "").append(words.get(j).stem());
        return sb.toString();
    }

    /** "30만대의 GPU" → GPU. */
    private static String nounAfter(List<Words.Word> words, int w) {
        if (w < 0 || w + 1 >= words.size() || !words.get(w).hasParticle("의")) return null;
        Words.Word next = words.get(w + 1);
        return hasNoun(next) ? next.stem() : null;
    }

    /** "소비 전력이 400MW급" → 소비 전력. */
    private static String measureSubject(List<Words.Word> words, int w) {
        int k = skipBack(words, w - 1);
        if (k < 0 || !words.get(k).hasParticle("이", "가", "은", "는", "도") || !hasNoun(words.get(k))) return null;
        String s = words.get(k).stem();
        if (k > 0 && words.get(k - 1).isBare() && hasNoun(words.get(k - 1)) && !words.get(k - 1).endsWithComma()) {
            s = words.get(k - 1).stem() + " " + s;
        }
        return s;
    }

    /** The sentence's topic: its first noun marked 은/는, else 이/가. */
    private static String topic(List<Words.Word> words) {
        for (String[] ps : new String[][]{{"은", "는"}, {"이", "가"}}) {
            for (Words.Word x : words) if (x.hasParticle(ps) && hasNoun(x) && x.stem().length() > 1) return x.stem();
        }
        return null;
    }

    private static boolean hasNoun(Words.Word w) {
        return w.tokens().stream().anyMatch(t -> t.isNoun() || t.isForeign());
    }
}
