package kr.gisa.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A synthetic Korean news corpus with one question per paragraph, written for the relaxed-AND
 * benchmark (no real question/paragraph set is available offline). Ten news templates (investment,
 * earnings, market targets, industrial zones, partnerships, fairs, strikes, exports, fines, hires) are
 * filled with companies, products, places and numbers, so paragraphs share most of their vocabulary
 * and only the slot values tell them apart — the hard case for ranking. Each question paraphrases its
 * paragraph the way a reader would ask it: other inflections, question words, and words the paragraph
 * does not contain (곳, 이유, 목표, 기관…), which is what makes strict AND fail.
 */
final class QaCorpus {

    /** One paragraph and the question it answers. */
    record Item(String paragraph, String question) {
    }

    static final String[] COMPANIES = {"삼성전자", "SK하이닉스", "LG에너지솔루션", "현대자동차", "기아", "네이버", "카카오",
            "포스코홀딩스", "한화오션", "셀트리온", "삼성바이오로직스", "HD현대중공업", "두산에너빌리티", "롯데케미칼", "CJ제일제당",
            "쿠팡", "KT", "LG유플러스", "한국전력", "대한항공", "아모레퍼시픽", "크래프톤", "엔씨소프트", "하이브"};
    static final String[] PRODUCTS = {"배터리", "반도체", "수소연료전지", "전기차", "로봇", "바이오의약품", "인공지능 서버",
            "태양광 패널", "액화천연가스 운반선", "소형모듈원자로", "2차전지 소재", "데이터센터", "자율주행 센서", "디스플레이 패널"};
    static final String[] PLACES = {"충청북도 청주", "경기도 평택", "전라남도 여수", "경상북도 구미", "울산", "부산", "광주",
            "대전", "강원도 원주", "인천 송도", "미국 텍사스", "베트남 하노이", "폴란드 브로츠와프", "인도네시아 자카르타"};
    static final String[] COUNTRIES = {"미국", "중국", "일본", "독일", "베트남", "인도", "멕시코", "사우디아라비아", "호주", "캐나다"};
    static final String[] PEOPLE = {"김민수", "이서연", "박지훈", "최유진", "정현우", "강하은", "조성민", "윤지아", "장도윤",
            "임수빈", "한지민", "오세훈", "서예린", "신동혁", "권나래", "황보석", "문채원", "배성호"};
    static final String[] AGENCIES = {"금융감독원", "공정거래위원회", "한국거래소", "산업통상자원부", "국세청"};

    /** Slot values of one paragraph. */
    record Slots(String c, String p, String l, String partner, String country, String who, String agency,
                 int n, int m, int pct, int y, int q, int month, int day) {
    }

    private static final List<Function<Slots, Item>> TEMPLATES = List.of(
            s -> new Item(j(s.c, "은", "는") + " " + s.l + "에 " + s.n + "억원을 들여 " + s.p + " 생산 공장을 새로 짓기로 했다고 " + s.month
                    + "월 " + s.day + "일 밝혔다. 공장은 " + s.y + "년 하반기부터 가동된다.",
                    j(s.c, "이", "가") + " " + s.p + " 공장을 짓는 곳은 어디인가?"),
            s -> new Item(s.c + "의 " + s.y + "년 " + s.q + "분기 영업이익은 " + s.n + "억원으로 지난해 같은 기간보다 " + s.pct + "% 늘었다. "
                    + s.p + " 사업의 판매 호조가 실적을 이끌었다.",
                    s.y + "년 " + s.q + "분기에 " + s.c + "의 영업이익이 늘어난 이유는 무엇인가?"),
            s -> new Item(s.who + " " + s.c + " 대표는 기자간담회에서 \"" + s.p + " 시장에서 " + s.y + "년까지 점유율 " + s.pct
                    + "%를 달성하겠다\"고 말했다.",
                    s.who + " 대표가 목표로 제시한 " + s.p + " 시장 점유율은 몇 퍼센트인가?"),
            s -> new Item("정부는 " + s.l + " 일대를 " + s.p + " 특화단지로 지정하고 " + s.y + "년까지 기반시설에 " + s.n
                    + "억원을 지원한다고 발표했다. 입주 기업에는 세금 감면 혜택도 준다.",
                    s.y + "년까지 지원받는 " + s.p + " 특화단지로 지정된 지역은 어디인가?"),
            s -> new Item(j(s.c, "은", "는") + " " + j(s.partner, "과", "와") + " " + s.p + " 공동 개발을 위한 업무협약을 맺었다. 두 회사는 " + s.y
                    + "년 시제품 출시를 목표로 연구 인력을 공유한다.",
                    j(s.c, "과", "와") + " " + j(s.partner, "이", "가") + " 함께 개발하기로 한 제품은 무엇인가?"),
            s -> new Item(s.l + "에서 열린 " + s.p + " 박람회에는 " + s.n + "개 기업이 참가해 신기술을 선보였다. 주최 측은 관람객이 "
                    + s.m + "만명을 넘었다고 집계했다.",
                    s.l + " " + s.p + " 박람회에 참가한 기업은 몇 곳인가?"),
            s -> new Item(s.c + " 노동조합은 임금 " + s.pct + "% 인상을 요구하며 " + s.month + "월 " + s.day
                    + "일부터 부분 파업에 들어갔다. 회사 측은 " + s.p + " 생산 차질을 우려하고 있다.",
                    s.month + "월부터 파업한 " + s.c + " 노조가 요구한 임금 인상률은 얼마인가?"),
            s -> new Item(j(s.c, "은", "는") + " " + s.y + "년 " + s.p + " 수출액이 " + s.n + "억달러를 기록해 역대 최대치를 경신했다고 밝혔다. "
                    + "주요 수출국은 " + s.country + (batchim(s.country) ? "이었다." : "였다."),
                    s.c + "의 " + s.p + " 수출이 가장 많이 간 나라는 어디인가?"),
            s -> new Item(j(s.agency, "은", "는") + " " + j(s.c, "이", "가") + " " + s.p + " 관련 공시를 늦게 한 사실을 확인하고 과징금 " + s.n
                    + "억원을 부과했다. 회사 측은 재발 방지 대책을 내놓겠다고 했다.",
                    s.c + "에 " + s.p + " 공시 문제로 과징금을 매긴 기관은 어디인가?"),
            s -> new Item(j(s.c, "은", "는") + " " + s.who + " 전 " + s.partner + " 부사장을 " + s.p + " 사업부장으로 영입했다. " + s.who
                    + " 부사장은 " + s.y + "년부터 관련 연구를 이끌어온 전문가다.",
                    j(s.c, "이", "가") + " " + s.p + " 사업부장으로 데려온 사람은 누구인가?"));

    private QaCorpus() {
    }

    /** What each template's question names, in order: it must single out one paragraph. */
    private static final List<Function<Slots, String>> KEYS = List.of(
            s -> s.c + s.p, s -> s.c + s.y + s.q, s -> s.who + s.p, s -> s.p + s.y,
            s -> s.c.compareTo(s.partner) < 0 ? s.c + s.partner : s.partner + s.c, // "A와 B가 함께" names both, in any order
            s -> s.l + s.p, s -> s.c + s.month, s -> s.c + s.p, s -> s.c + s.p, s -> s.c + s.p);

    /** {@code perTemplate} paragraphs of each template, each with distinct question key values. */
    static List<Item> generate(int perTemplate, long seed) {
        Random r = new Random(seed);
        List<Item> out = new ArrayList<>();
        for (int t = 0; t < TEMPLATES.size(); t++) {
            Set<String> keys = new HashSet<>();
            int made = 0;
            for (int tries = 0; made < perTemplate && tries < perTemplate * 100; tries++) {
                Slots s = random(r);
                if (!keys.add(KEYS.get(t).apply(s))) continue;
                out.add(TEMPLATES.get(t).apply(s));
                made++;
            }
        }
        return out;
    }

    /** A word with the particle its last sound takes: j("셀트리온", "은", "는") is 셀트리온은, j("KT", "은", "는") KT는. */
    static String j(String word, String afterConsonant, String afterVowel) {
        return word + (batchim(word) ? afterConsonant : afterVowel);
    }

    /** True when the word ends in a final consonant (Hangul with a 받침; Latin letters are read as their names). */
    static boolean batchim(String word) {
        char last = word.charAt(word.length() - 1);
        if (last >= 0xAC00 && last <= 0xD7A3) return (last - 0xAC00) % 28 != 0;
        return "LMNlmn0136789".indexOf(last) >= 0;
    }

    private static Slots random(Random r) {
        String c = pick(r, COMPANIES);
        String partner;
        do {
            partner = pick(r, COMPANIES);
        } while (partner.equals(c));
        return new Slots(c, pick(r, PRODUCTS), pick(r, PLACES), partner, pick(r, COUNTRIES), pick(r, PEOPLE),
                pick(r, AGENCIES), 10 + r.nextInt(9990), 1 + r.nextInt(50), 1 + r.nextInt(60), 2026 + r.nextInt(10),
                1 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
