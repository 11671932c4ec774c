package kr.gisa.core.brief;

import kr.gisa.core.brief.Briefing.Figure;
import kr.gisa.core.brief.Briefing.Quote;
import kr.gisa.core.brief.Briefing.Sentence;
import kr.gisa.core.model.Article;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The briefing of the stored seed article (전기신문, NVIDIA GPUs). */
class SeedBriefingTest {

    private static final Article A = Seed.article();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final Briefing B = new BriefingBuilder().build(A, BriefingOptions.defaults().withClock(CLOCK));

    @Test
    void header() {
        assertEquals(Seed.ID, B.article());
        assertEquals(A.title(), B.title());
        assertEquals("전기신문", B.publisher());
        assertEquals("2026-11-29T10:00:00Z", B.made());
    }

    @Test
    void summaryStatesTheMainNewsFromAtLeastTwoSections() {
        List<Sentence> s = B.sentences();
        assertEquals(3, s.size());
        String text = s.stream().map(Sentence::text).collect(Collectors.joining(" "));
        assertTrue(text.contains("26만장"), text);
        for (String who : List.of("정부", "삼성전자", "SK그룹", "현대자동차그룹", "네이버")) {
            assertTrue(text.contains(who), who + " missing from: " + text);
        }
        assertTrue(s.stream().map(Sentence::section).distinct().count() >= 2, "one section only: " + s);
    }

    @Test
    void summaryInArticleOrderAndTraceable() {
        List<Sentence> s = B.sentences();
        for (int i = 1; i < s.size(); i++) {
            Sentence a = s.get(i - 1);
            Sentence b = s.get(i);
            assertTrue(a.section() < b.section() || a.section() == b.section()
                    && (a.paragraph() < b.paragraph() || a.paragraph() == b.paragraph() && a.start() < b.start()));
        }
        for (Sentence x : s) {
            assertEquals(x.text(), A.paragraph(x.section(), x.paragraph()).text().substring(x.start(), x.end()));
        }
        assertEquals(Set.of(1, 2, 3), s.stream().map(Sentence::rank).collect(Collectors.toSet()));
    }

    @Test
    void moreSentencesOnRequestWithoutNearDuplicates() {
        Briefing ten = new BriefingBuilder().build(A, BriefingOptions.defaults().withSentences(10));
        assertEquals(10, ten.sentences().size());
        for (Sentence a : ten.sentences()) {
            for (Sentence b : ten.sentences()) {
                if (a != b) assertFalse(Summarizer.nearDuplicateText(a.text(), b.text()), a.text() + " ~ " + b.text());
            }
        }
    }

    private static Figure figure(String text, String subject) {
        return B.figures().stream().filter(f -> f.text().equals(text) && subject.equals(f.subject())).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " for " + subject + " in " + B.figures()));
    }

    @Test
    void figuresWithUnitsAndSubjects() {
        Figure gpus = figure("26만장", "GPU");
        assertEquals(260000, gpus.value());
        assertEquals("장", gpus.unit());
        assertTrue(gpus.sentence().contains("공급하겠다고 약속했다"));
        assertEquals(0, gpus.section());
        assertEquals(2, gpus.paragraph());
        for (String who : List.of("정부", "삼성전자", "SK그룹", "현대자동차그룹")) {
            Figure f = figure("5만장", who);
            assertEquals(50000, f.value());
            assertEquals("장", f.unit());
        }
        assertEquals(60000, figure("6만장", "네이버").value());
        assertEquals(65000, figure("6만5000대", "GPU").value());
        assertEquals("대", figure("6만5000대", "GPU").unit());
        assertEquals(300000, figure("30만대", "GPU").value());
        assertEquals(100000, figure("10만대", "GPU").value());
        Figure rank = B.figures().stream().filter(f -> f.text().equals("3위")).findFirst().orElseThrow();
        assertEquals("위", rank.unit());
        assertEquals(3, rank.value());
        Figure power = B.figures().stream().filter(f -> f.text().equals("400MW")).findFirst().orElseThrow();
        assertEquals("MW", power.unit());
        assertEquals(400, power.value());
        assertEquals("소비 전력", power.subject());
        assertEquals(null, power.paragraph()); // from a photo caption
    }

    @Test
    void noFigureWithoutAUnit() {
        // "2025 APEC", "GB200", "NVL72", "3D" are names, not figures.
        assertTrue(B.figures().stream().noneMatch(f -> f.text().startsWith("2025") || f.text().contains("200")
                || f.text().equals("72") || f.text().startsWith("3D")), B.figures().toString());
    }

    @Test
    void quotesCarryTheirSpeakers() {
        List<String> speakers = B.quotes().stream().map(Quote::speaker).toList();
        assertEquals(List.of("젠슨 황 엔비디아 CEO", "한 업계 전문가", "업계 한 관계자", "오경석 영남대 교수"), speakers);
        Quote expert = B.quotes().get(1);
        assertTrue(expert.text().startsWith("엔비디아 GPU가 빠르기도 하지만"));
        assertTrue(expert.text().endsWith("구축은 불가능하다"));
        assertEquals(3, expert.section());
        assertEquals(4, expert.paragraph());
        assertTrue(B.quotes().get(0).text().equals("한국은 메모리와 치킨을 잘 만든다"));
    }

    @Test
    void keywordsAndNames() {
        assertTrue(B.keywords().containsAll(List.of("엔비디아", "GPU")), B.keywords().toString());
        assertFalse(B.keywords().contains("것"));
        assertTrue(B.names().containsAll(List.of("엔비디아", "삼성전자", "SK그룹", "현대자동차그룹", "네이버", "오경석", "젠슨 황")),
                B.names().toString());
        assertFalse(B.names().contains("한 업계 전문가"));
    }

    @Test
    void keywordsAreWeightedAgainstTheRestOfTheLibrary() {
        // A library where every other article is about AI and the government: those terms sink.
        List<Article> library = new java.util.ArrayList<>();
        library.add(A);
        for (int i = 0; i < 5; i++) {
            library.add(new Article("o" + i, "정부 AI 정책 발표 " + i, List.of(), null, null, null, null, null, null,
                    List.of(new kr.gisa.core.model.Section(null, List.of(new kr.gisa.core.model.Paragraph(
                            "정부는 AI 산업 육성을 위해 AI 정책을 발표했다. 정부 관계자는 AI 투자를 늘린다고 밝혔다."))))));
        }
        Morphemes m = Morphemes.shared();
        Briefing weighted = new BriefingBuilder(m, Keywords.DocumentFrequencies.of(library, m), new Summarizer())
                .build(A, BriefingOptions.defaults());
        assertTrue(B.keywords().indexOf("AI") < weighted.keywords().indexOf("AI")
                || !weighted.keywords().contains("AI"), B.keywords() + " vs " + weighted.keywords());
        assertTrue(weighted.keywords().indexOf("엔비디아") < weighted.keywords().indexOf("정부")
                || !weighted.keywords().contains("정부"), weighted.keywords().toString());
    }

    @Test
    void outlineHasEverySectionWithAGist() {
        assertEquals(5, B.outline().size());
        assertEquals(null, B.outline().get(0).heading());
        assertEquals("엔비디아 종속 우려", B.outline().get(2).heading());
        for (Briefing.OutlineItem o : B.outline()) {
            assertNotNull(o.gist());
            assertTrue(A.sections().get(o.section()).paragraphs().stream().anyMatch(p -> p.text().contains(o.gist())));
        }
    }

    @Test
    void queryFocusBiasesTheSummaryAndMarksMatches() {
        Briefing focused = new BriefingBuilder().build(A, BriefingOptions.defaults().withQuery("팹리스"));
        assertEquals("팹리스", focused.query());
        Sentence hit = focused.sentences().stream().filter(s -> s.text().contains("팹리스")).findFirst()
                .orElseThrow(() -> new AssertionError("no 팹리스 sentence in " + focused.sentences()));
        assertFalse(hit.marks().isEmpty());
        Briefing.Mark m = hit.marks().get(0);
        assertEquals("팹리스", hit.text().substring(m.start(), m.end()));
        assertTrue(B.sentences().stream().noneMatch(s -> s.text().contains("팹리스")), "unfocused summary already had it");
    }

    @Test
    void partsCanBeLeftOut() {
        Briefing bare = new BriefingBuilder().build(A, BriefingOptions.defaults().withFigures(false).withQuotes(false)
                .withKeywords(false).withOutline(false));
        assertTrue(bare.figures().isEmpty() && bare.quotes().isEmpty() && bare.keywords().isEmpty()
                && bare.names().isEmpty() && bare.outline().isEmpty());
        assertEquals(3, bare.sentences().size());
    }

    @Test
    void limitKeepsTheMostCentralInArticleOrder() {
        Briefing ten = new BriefingBuilder().build(A, BriefingOptions.defaults().withSentences(6));
        Briefing two = ten.limit(2, 3, 1, 2, 2);
        assertEquals(2, two.sentences().size());
        assertTrue(two.sentences().stream().allMatch(s -> s.rank() <= 2));
        assertEquals(3, two.figures().size());
        assertEquals(1, two.quotes().size());
    }
}
