package kr.gisa.bench;

import java.util.List;

/**
 * The fixed query set for search latency: common and rare words, several words, a phrase, OR,
 * exclusion, a prefix, a number with its counter, an English term, field filters and reader
 * questions (which Gisa runs strict, then relaxed). Each query in Gisa's syntax and in the classic
 * Lucene syntax the baseline parses; the baseline has one text field, so a filter searches the text.
 */
final class QuerySet {

    record Query(String gisa, String bare) {
    }

    static final List<Query> QUERIES = List.of(
            q("엔비디아"),
            q("반도체 공장"),
            q("\"피지컬 AI\""),
            q("기준금리 인하"),
            q("GPU"),
            q("26만장"),
            q("삼성전자 OR 네이버"),
            q("엔비디아 -종속"),
            q("반도*"),
            new Query("title:엔비디아", "엔비디아"),
            q("데이터센터"),
            q("정부 AI 생태계 육성"),
            q("소비자물가 상승률"),
            q("수출"),
            q("전기차 배터리"),
            new Query("section:피지컬", "피지컬"),
            q("금통위"),
            q("로봇 자동화"),
            q("엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?", "엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가"),
            q("한국은행 총재 기자간담회"));

    private static Query q(String same) {
        return new Query(same, same);
    }

    private static Query q(String gisa, String bare) {
        return new Query(gisa, bare);
    }

    private QuerySet() {
    }
}
