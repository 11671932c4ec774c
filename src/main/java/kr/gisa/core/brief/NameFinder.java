package kr.gisa.core.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisations and people an article names. Organisations: a gazetteer of well-known names
 * plus the suffixes Korean organisation names end in (SK그룹, 한국디지털정부학회, 영남대 before 교수).
 * People: the name before a title, skipping the affiliation ("오경석 영남대 교수" → 오경석,
 * "젠슨 황 엔비디아 CEO" → 젠슨 황). Generic phrases (한 업계 전문가) are no one's name.
 */
final class NameFinder {

    private static final Set<String> GAZETTEER = load("/kr/gisa/core/brief/organisations.txt");
    private static final List<String> ORG_SUFFIXES = List.of("그룹", "전자", "학회", "협회", "위원회", "재단", "은행", "증권",
            "공사", "공단", "연구원", "연구소", "대학교", "협동조합", "보험", "카드", "통신부", "자원부", "교통부", "재정부",
            "벤처기업부", "안전부", "복지부", "노동부", "연합회", "거래소", "진흥원", "홀딩스", "그룹사", "중공업", "건설",
            "바이오", "제약", "반도체", "디스플레이", "모빌리티", "텔레콤", "에너지");
    private static final Set<String> TITLES = Set.of("교수", "대표", "대표이사", "장관", "차관", "CEO", "CTO", "CFO", "COO",
            "회장", "부회장", "사장", "부사장", "의원", "위원장", "대통령", "총리", "연구원", "박사", "소장", "원장", "이사",
            "이사장", "전무", "상무", "청장", "처장", "실장", "국장", "팀장", "센터장", "본부장", "총장", "변호사", "애널리스트",
            "대변인", "시장", "지사", "감독", "창업자", "의장", "부장", "과장", "기자", "특파원");
    private static final Set<String> GENERIC = Set.of("한", "업계", "관계자", "전문가", "일각", "측", "당국", "정부", "관련",
            "한편", "이날", "당시", "현재", "국내", "해외", "전", "현", "前", "現", "신임", "초대", "공동");

    private NameFinder() {
    }

    static List<String> find(ArticleText text) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (ArticleText.Unit u : text.all()) {
            List<Words.Word> words = Words.of(u);
            for (int k = 0; k < words.size(); k++) {
                Words.Word w = words.get(k);
                String stem = w.stem();
                String nextStem = k + 1 < words.size() ? words.get(k + 1).stem() : "";
                if (isOrganisation(stem, nextStem)) count.merge(stem, 1, Integer::sum);
                if (TITLES.contains(stem)) {
                    String person = personBefore(words, k, nextStem);
                    if (person != null) count.merge(person, 1, Integer::sum);
                }
            }
        }
        List<String> names = new ArrayList<>(count.keySet());
        // Most named first; ties keep their first appearance.
        List<String> order = new ArrayList<>(names);
        names.sort((a, b) -> count.get(b) - count.get(a) != 0 ? count.get(b) - count.get(a)
                : order.indexOf(a) - order.indexOf(b));
        return names;
    }

    static boolean isOrganisation(String stem, String nextStem) {
        if (stem.length() < 2 || stem.equals("정부")) return false;
        if (GAZETTEER.contains(stem)) return true;
        for (String s : ORG_SUFFIXES) {
            if (stem.endsWith(s) && stem.length() > s.length() && !stem.contains(" ")) return true;
        }
        // A university before a professor: 영남대 교수.
        return stem.length() >= 3 && (stem.endsWith("대") || stem.endsWith("대학")) && nextStem.equals("교수");
    }

    /** The name before a title: up to two bare words that are neither generic nor an organisation. */
    private static String personBefore(List<Words.Word> words, int titleIndex, String unused) {
        List<String> name = new ArrayList<>();
        int k = titleIndex - 1;
        // Skip the affiliation right before the title (영남대, 엔비디아).
        while (k >= 0 && words.get(k).isBare() && isOrganisation(words.get(k).stem(),
                words.get(k + 1).stem())) k--;
        while (k >= 0 && name.size() < 2 && words.get(k).isBare() && !words.get(k).endsWithComma()) {
            String s = words.get(k).stem();
            if (GENERIC.contains(s) || isOrganisation(s, "") || !looksLikeName(words.get(k))) break;
            name.add(0, s);
            k--;
        }
        if (name.isEmpty()) return null;
        String joined = String.join(" ", name);
        // A Korean name is one word of 2–4 syllables; two words are a foreign name (젠슨 황).
        if (name.size() == 1 && (joined.length() < 2 || joined.length() > 4)) return null;
        return joined;
    }

    private static boolean looksLikeName(Words.Word w) {
        String s = w.stem();
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!SentenceSplitter.isHangul(s.charAt(i))) return false;
        return w.tokens().stream().allMatch(t -> t.isNoun());
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = NameFinder.class.getResourceAsStream(resource)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            // The gazetteer only adds recall; suffix rules still work without it.
        }
        return out;
    }
}
