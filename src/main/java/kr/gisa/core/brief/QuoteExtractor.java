package kr.gisa.core.brief;

import kr.gisa.core.brief.Briefing.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotations ("…" or “…”) and their speakers as the article names them.
 *
 * <p>Korean news names the speaker before the quote, marked as the topic ("오경석 영남대 교수는
 * "…"며 "…"고 강조했다" → 오경석 영남대 교수; the noun phrase runs back over bare words and stops at a
 * clause such as "맡고 있는"), or after it ("…"던 젠슨 황 엔비디아 CEO 발언; "…"라고 그는 말했다). A
 * pronoun (그는) takes the previous speaker. Short quoted terms ("AI 강국") are not quotations.
 */
final class QuoteExtractor {

    private static final int MIN_QUOTE = 8;
    private static final Set<String> SPEECH_NOUNS = Set.of("발언", "말", "주장", "지적", "설명", "언급", "얘기", "이야기",
            "평가", "분석", "전망", "입장", "답변", "강조");
    private static final Set<String> PRONOUNS = Set.of("그", "그녀", "이들", "그들", "이", "그는", "그녀는");

    private QuoteExtractor() {
    }

    static List<Quote> extract(ArticleText text) {
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        for (ArticleText.Unit u : text.sentences()) {
            List<int[]> spans = quoteSpans(u.text());
            if (spans.isEmpty()) continue;
            List<Words.Word> words = Words.of(u);
            String speaker = speakerBefore(words, spans.get(0)[0] - 1);
            if (speaker == null) speaker = speakerAfter(u.text(), words, spans.get(spans.size() - 1)[1] + 1);
            if (speaker != null && PRONOUNS.contains(speaker)) speaker = lastSpeaker;
            StringBuilder said = new StringBuilder();
            for (int[] s : spans) {
                String q = u.text().substring(s[0], s[1]).strip();
                if (said.length() > 0) said.append(" … "); // the 라며 between two parts of one statement
                said.append(q);
            }
            out.add(new Quote(speaker, said.toString(), u.section(), u.paragraph()));
            if (speaker != null) lastSpeaker = speaker;
        }
        return out;
    }

    /** Content ranges [start, end) of the quotations in a sentence that are long enough to be speech. */
    static List<int[]> quoteSpans(String t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            char close = c == '"' ? '"' : c == '“' ? '”' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int j = t.indexOf(close, i + 1);
            if (j < 0) break;
            String q = t.substring(i + 1, j);
            if (q.strip().length() >= MIN_QUOTE && q.contains(" ")) out.add(new int[]{i + 1, j});
            i = j + 1;
        }
        return out;
    }

    /** The topic-marked noun phrase ending before {@code offset}: "한 업계 전문가는" → 한 업계 전문가. */
    private static String speakerBefore(List<Words.Word> words, int offset) {
        int k = -1;
        for (int j = 0; j < words.size(); j++) {
            Words.Word w = words.get(j);
            if (w.end() > offset) break;
            if (w.hasParticle("은", "는", "이", "가", "께서는", "께서")) k = j;
        }
        if (k < 0) return null;
        // Only the last clause before the quote: a topic followed by a verb clause (…했고) is not the speaker.
        for (int j = k + 1; j < words.size() && words.get(j).end() <= offset; j++) {
            if (!words.get(j).isBare()) return null;
        }
        return phraseBackFrom(words, k);
    }

    private static String phraseBackFrom(List<Words.Word> words, int k) {
        int from = k;
        while (from > 0 && words.get(from - 1).isBare() && !words.get(from - 1).endsWithComma()) from--;
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < k; j++) sb.append(words.get(j).text()).append(' ');
        sb.append(words.get(k).stem());
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** "…"던 젠슨 황 엔비디아 CEO 발언 → 젠슨 황 엔비디아 CEO; "…"라고 그는 말했다 → 그. */
    private static String speakerAfter(String text, List<Words.Word> words, int offset) {
        int first = -1;
        for (int j = 0; j < words.size(); j++) {
            if (words.get(j).start() >= offset) {
                first = j;
                break;
            }
        }
        if (first < 0) return null;
        StringBuilder phrase = new StringBuilder();
        for (int j = first; j < words.size(); j++) {
            Words.Word w = words.get(j);
            if (SPEECH_NOUNS.contains(w.stem())) return phrase.length() == 0 ? null : phrase.toString().strip();
            if (w.hasParticle("은", "는", "이", "가", "의", "께서는")) {
                phrase.append(w.stem());
                return phrase.toString().strip();
            }
            if (!w.isBare()) return null;
            phrase.append(w.text()).append(' ');
        }
        return null;
    }
}
