package kr.gisa.core.brief.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.gisa.core.brief.Briefing;
import kr.gisa.core.brief.BriefingBuilder;
import kr.gisa.core.brief.BriefingOptions;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Section;
import kr.gisa.core.store.StoreException;
import kr.gisa.testing.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final Briefing SEED = new BriefingBuilder().build(Seed.article(),
            BriefingOptions.defaults().withClock(CLOCK));

    @TempDir
    Path tmp;

    private static byte[] pdf(Briefing b) throws IOException {
        return new PdfExporter().toBytes(b);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void pdfIsOnePageWithEmbeddedFontTitleAndMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(SEED))) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(595.27f, page.getMediaBox().getWidth(), 0.1f);
            assertEquals(841.89f, page.getMediaBox().getHeight(), 0.1f);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name));
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f instanceof PDType0Font);
                assertTrue(f.getName().contains("+NotoSansKR"), "subset tag expected: " + f.getName());
            }
            String text = flat(new PDFTextStripper().getText(doc));
            assertTrue(text.contains(SEED.title()), text);
            assertTrue(text.contains("26만장"));
            assertTrue(text.contains("오경석 영남대 교수"));
            assertTrue(text.contains(Seed.ID), "the id comes back without ligatures (ff)");
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals(SEED.title(), info.getTitle());
            assertEquals("전기신문", info.getAuthor());
            assertEquals(Instant.parse("2026-11-29T10:00:00Z"), info.getCreationDate().toInstant());
        }
    }

    @Test
    void pdfShowsAllSummarySentencesAndFiguresWhenTheyFit() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(SEED))) {
            String text = flat(new PDFTextStripper().getText(doc));
            for (Briefing.Sentence s : SEED.sentences()) assertTrue(text.contains(flat(s.text()).substring(0, 20)), s.text());
            assertTrue(text.contains("400MW"));
        }
    }

    /** An article far too long for a page: 40 paragraphs, 12 sections, long quotes and a huge title. */
    private static Article longArticle() {
        List<Section> sections = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 12; i++) title.append("아주 긴 제목 ").append(i).append(' ');
        for (int s = 0; s < 12; s++) {
            List<Block> blocks = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                blocks.add(new Paragraph("관계자 " + s + "는 \"이번 조치로 시장에 " + (p + 1) + "만대의 장비가 공급되고 "
                        + "업계 전체가 큰 영향을 받게 될 것이며 그 효과는 오랫동안 이어질 것\"이라며 \"정부가 " + (s + 3)
                        + "조원을 투입해야 한다\"고 말했다. 회사는 " + (p * 7 + s) + "%의 성장을 기록했고 직원 "
                        + (s * 100 + p) + "명을 새로 뽑았다. " + "긴 설명이 이어진다 ".repeat(30) + "끝났다."));
            }
            sections.add(new Section(s == 0 ? null : "소제목 " + s + " 아주 긴 소제목이 붙어 있다", blocks));
        }
        return new Article("long", title.toString().strip(), List.of("부제 하나", "부제 둘", "부제 셋", "부제 넷"),
                "테스트신문", null, null, null, null, null, sections);
    }

    @Test
    void aVeryLongArticleStillGivesOnePage() throws IOException {
        Briefing b = new BriefingBuilder().build(longArticle(), BriefingOptions.defaults().withSentences(20));
        assertTrue(b.figures().size() > 8 && b.quotes().size() > 4, "the test needs a crowded briefing");
        PdfLayout fitted;
        try (PDDocument doc = new PDDocument()) {
            PdfText text = new PdfText(PDType0Font.load(doc, PdfExporter.class.getResourceAsStream(PdfExporter.REGULAR), true),
                    PDType0Font.load(doc, PdfExporter.class.getResourceAsStream(PdfExporter.BOLD), true));
            fitted = PdfExporter.fit(text, b);
        }
        assertTrue(fitted.fits());
        try (PDDocument doc = Loader.loadPDF(pdf(b))) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(flat(new PDFTextStripper().getText(doc)).contains("아주 긴 제목 0"));
        }
    }

    @Test
    void aCharacterTheFontLacksIsReplacedNotACrash() throws IOException {
        Briefing b = new Briefing("x", "제목 \uD83D\uDE00 이모지와 \u0D9A 싱할라 \u2028", List.of(), null, null, null,
                "2026-11-29T10:00:00Z", null, List.of(new Briefing.Sentence("본문 \uD83D\uDE80 로켓.", 0, 0, 0, 10, 1, List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(pdf(b))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("이모지와"), text);
            assertFalse(text.contains("\uD83D\uDE00"));
        }
    }

    @Test
    void markdownHasTheSectionsAndEscapes() {
        String md = new MarkdownExporter().render(SEED);
        assertTrue(md.startsWith("# " + SEED.title()));
        assertTrue(md.contains("## 핵심 요약") && md.contains("## 주요 수치") && md.contains("## 주요 발언"));
        assertTrue(md.contains("| 26만장 | 260,000 | 장 | GPU |"));
        assertTrue(md.contains("— 오경석 영남대 교수"));
        assertEquals("a\\*b\\_c\\<", MarkdownExporter.inline("a*b_c<"));
    }

    @Test
    void htmlIsSelfContainedWithTheStyleSheetInlined() {
        String html = new HtmlExporter().render(new BriefingBuilder().build(Seed.article(),
                BriefingOptions.defaults().withQuery("팹리스")));
        assertTrue(html.contains("<style>") && html.contains("--accent"), "CSS from styles/briefing.css inlined");
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("src="));
        assertFalse(html.contains("http://") || html.contains("https://"));
        assertFalse(html.contains("@import") || html.contains("url("));
        assertTrue(html.contains("<mark>팹리스</mark>"));
        assertTrue(html.contains("<h1>" + SEED.title() + "</h1>"));
        assertEquals("&lt;b&gt; &amp; &quot;", HtmlExporter.esc("<b> & \""));
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(SEED, out);
        JsonNode n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(Seed.ID, n.get("article").asText());
        assertEquals(SEED.title(), n.get("title").asText());
        JsonNode s0 = n.get("sentences").get(0);
        for (String f : List.of("text", "section", "paragraph", "start", "end")) assertTrue(s0.has(f), f);
        JsonNode fig = null;
        for (JsonNode f : n.get("figures")) if (f.get("text").asText().equals("26만장")) fig = f;
        assertEquals(260000, fig.get("value").asLong());
        assertTrue(fig.get("value").isIntegralNumber());
        assertEquals("장", fig.get("unit").asText());
        assertEquals("GPU", fig.get("subject").asText());
        assertTrue(fig.get("sentence").asText().contains("26만장"));
        assertEquals("오경석 영남대 교수", n.get("quotes").get(3).get("speaker").asText());
        assertTrue(n.get("keywords").isArray() && n.get("names").isArray());
    }

    @Test
    void exporterIsChosenByExtension() {
        assertTrue(BriefingExporter.forFile(Path.of("a.PDF")) instanceof PdfExporter);
        assertTrue(BriefingExporter.forFile(Path.of("a.md")) instanceof MarkdownExporter);
        assertTrue(BriefingExporter.forFile(Path.of("a.html")) instanceof HtmlExporter);
        assertTrue(BriefingExporter.forFile(Path.of("a.json")) instanceof JsonExporter);
        assertEquals(null, BriefingExporter.forFile(Path.of("a.docx")));
    }

    @Test
    void writesAtomicallyAndReportsAnUnwritableTarget() throws Exception {
        Path target = tmp.resolve("sub/brief.pdf");
        new PdfExporter().write(SEED, target);
        assertTrue(Files.size(target) > 1000);
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(target)), "an export is not private by accident");
        }

        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        StoreException e = assertThrows(StoreException.class, () -> new JsonExporter().write(SEED, file.resolve("b.json")));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        StoreException dir = assertThrows(StoreException.class, () -> new JsonExporter().write(SEED, tmp));
        assertTrue(dir.getMessage().contains("is a folder"), dir.getMessage());

        // A failure half-way leaves the old file untouched and no temporary file behind.
        Path old = Files.writeString(tmp.resolve("old.md"), "previous");
        BriefingExporter failing = new BriefingExporter() {
            @Override
            public void write(Briefing b, OutputStream out) throws IOException {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }

            @Override
            public String extension() {
                return "md";
            }
        };
        StoreException full = assertThrows(StoreException.class, () -> failing.write(SEED, old));
        assertTrue(full.getMessage().contains("disk full"));
        assertEquals("previous", Files.readString(old));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
