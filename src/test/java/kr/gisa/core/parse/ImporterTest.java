package kr.gisa.core.parse;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Photo;
import kr.gisa.core.store.ArticleJson;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.LibraryListener;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {

    @TempDir
    Path tmp;

    private Library library() {
        return new Library(tmp.resolve("lib"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path writeUtf8(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportResult importOne(Library lib, Path file) {
        return new Importer(lib).importFile(file, Duplicate.Policy.always(Duplicate.Choice.SKIP));
    }

    /** Every file under the library, with its size: a refused import must leave this unchanged. */
    private List<String> snapshot(Library lib) throws IOException {
        if (!Files.exists(lib.root())) return List.of();
        try (Stream<Path> s = Files.walk(lib.root())) {
            return s.map(p -> lib.root().relativize(p) + ":" + (Files.isRegularFile(p) ? p.toFile().length() : -1))
                    .sorted().toList();
        }
    }

    @Test
    void savedPageWithFilesFolderKeepsImagesAndSource() throws Exception {
        Path page = writeUtf8("기사.html", NewsPages.full("기사_files/photo%201.jpg"));
        write("기사_files/photo 1.jpg", NewsPages.jpeg());
        Library lib = library();
        ImportResult r = importOne(lib, page);
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r::error);
        assertEquals(NewsPages.TITLE, r.title());
        assertEquals(3, r.sections());
        assertEquals(5, r.paragraphs());
        assertEquals(1, r.photos());
        Article a = lib.load(r.id());
        Photo p = a.photos().get(0);
        assertTrue(p.image().matches("images/[0-9a-f]{16}\\.jpg"), p.image());
        assertArrayEquals(NewsPages.jpeg(), Files.readAllBytes(lib.folder(r.id()).resolve(p.image())));
        assertArrayEquals(Files.readAllBytes(page), Files.readAllBytes(lib.folder(r.id()).resolve("source.html")));
    }

    @Test
    void dataUrlImagesAreStored() throws Exception {
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(NewsPages.png());
        Library lib = library();
        ImportResult r = importOne(lib, writeUtf8("p.html", NewsPages.full(data)));
        Photo p = lib.load(r.id()).photos().get(0);
        assertTrue(p.image().endsWith(".png"));
        assertArrayEquals(NewsPages.png(), Files.readAllBytes(lib.folder(r.id()).resolve(p.image())));
    }

    @Test
    void referencesOutsideThePageFolderAreNeverRead() throws Exception {
        Path secret = tmp.resolve("secret.jpg");
        Files.write(secret, NewsPages.jpeg());
        write("sub/inside.jpg", NewsPages.jpeg());
        for (String ref : List.of("../secret.jpg", "sub/../../secret.jpg", "..%2Fsecret.jpg", secret.toString(),
                "file://" + secret, "https://example.com/a.jpg", "//example.com/a.jpg", "javascript:alert(1)",
                "sub\\..\\..\\secret.jpg", "sub/inside.jpg/../../../secret.jpg")) {
            Library lib = new Library(tmp.resolve("lib-" + Math.abs(ref.hashCode())));
            ImportResult r = importOne(lib, writeUtf8("t.html", NewsPages.full(ref)));
            assertEquals(ImportResult.Status.IMPORTED, r.status(), ref);
            Photo p = lib.load(r.id()).photos().get(0);
            assertNull(p.image(), ref);
            assertEquals("연합뉴스", p.credit()); // the caption stays, only the image is refused
            assertFalse(Files.exists(lib.folder(r.id()).resolve("images")), ref);
        }
    }

    @Test
    void symbolicLinkOutOfThePageFolderIsRefused() throws Exception {
        Path secret = tmp.resolve("secret.jpg");
        Files.write(secret, NewsPages.jpeg());
        Files.createDirectories(tmp.resolve("in/p_files"));
        try {
            Files.createSymbolicLink(tmp.resolve("in/p_files/link.jpg"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        Library lib = library();
        ImportResult r = importOne(lib, writeUtf8("p.html", NewsPages.full("p_files/link.jpg")));
        assertNull(lib.load(r.id()).photos().get(0).image());
    }

    @Test
    void nonImageFilesAreNotCopied() throws Exception {
        write("p_files/fake.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        Library lib = library();
        ImportResult r = importOne(lib, writeUtf8("p.html", NewsPages.full("p_files/fake.jpg")));
        assertNull(lib.load(r.id()).photos().get(0).image());
    }

    @Test
    void eucKrPagesWithAndWithoutCorrectDeclaration() throws Exception {
        Charset cp949 = Charset.forName("x-windows-949");
        for (String declared : List.of("euc-kr", "utf-8", "iso-8859-1")) {
            Library lib = new Library(tmp.resolve("lib-" + declared));
            ImportResult r = importOne(lib, write("legacy-" + declared + ".htm", NewsPages.legacy(declared).getBytes(cp949)));
            assertEquals(NewsPages.LEGACY_TITLE, r.title(), declared);
            assertEquals(3, r.paragraphs(), declared);
        }
        // declared euc-kr, stored as UTF-8 by the browser
        ImportResult r = importOne(library(), writeUtf8("resaved.html", NewsPages.legacy("euc-kr")));
        assertEquals(NewsPages.LEGACY_TITLE, r.title());
    }

    @Test
    void plainTextInUtf8WithBomAndInEucKr() throws Exception {
        String text = Files.readString(Seed.libraryRoot().resolve(Seed.ID).resolve("source.txt"));
        Library lib = library();
        ImportResult r = importOne(lib, writeUtf8("a.txt", "\uFEFF" + text));
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r::error);
        assertEquals(Seed.article().title(), r.title());
        assertEquals(28, r.paragraphs());
        assertEquals(5, r.photos());
        assertTrue(Files.exists(lib.folder(r.id()).resolve("source.txt")));
        ImportResult euc = importOne(library(), write("b.txt", text.getBytes(Charset.forName("x-windows-949"))));
        // the same article in another encoding is the same content
        assertEquals(ImportResult.Status.SKIPPED, euc.status());
        assertEquals(Duplicate.Reason.SAME_CONTENT.text(), euc.reason());
    }

    @Test
    void articleJsonRoundTrip() throws Exception {
        Article seed = Seed.article();
        Library lib = library();
        ImportResult r = importOne(lib, writeUtf8("article.json", ArticleJson.write(seed)));
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r::error);
        assertEquals(seed.id(), r.id());
        assertEquals(seed, lib.load(seed.id()));
        ImportResult bad = importOne(lib, writeUtf8("other.json", "{\"schema\":\"something.else\"}"));
        assertEquals(ImportResult.Status.FAILED, bad.status());
        assertTrue(bad.error().contains("not a Gisa article"), bad.error());
    }

    @Test
    void duplicatesBySourceContentAndCanonicalUrl() throws Exception {
        Library lib = library();
        Path page = writeUtf8("a.html", NewsPages.full("x.jpg"));
        ImportResult first = importOne(lib, page);
        // the same file again
        ImportResult again = importOne(lib, page);
        assertEquals(ImportResult.Status.SKIPPED, again.status());
        assertEquals(first.id(), again.id());
        assertEquals(Duplicate.Reason.SAME_SOURCE.text(), again.reason());
        // the same article with a different page around it: same canonical URL, same content
        Path variant = writeUtf8("b.html", NewsPages.full("x.jpg").replace("회사소개", "회사 소개"));
        assertEquals(Duplicate.Reason.SAME_CONTENT.text(), importOne(lib, variant).reason());
        // an updated article (one more paragraph) at the same canonical URL
        Path updated = writeUtf8("c.html", NewsPages.full("x.jpg").replace("<h3>중국 수출은 주춤</h3>",
                "<p>수출 증가 폭은 시장 예상을 웃돌았다. 정부는 연간 목표 달성을 자신했다.</p><h3>중국 수출은 주춤</h3>"));
        List<Duplicate> asked = new ArrayList<>();
        ImportResult replaced = new Importer(lib).importFile(updated, d -> {
            asked.add(d);
            return Duplicate.Choice.REPLACE;
        });
        assertEquals(Duplicate.Reason.SAME_URL, asked.get(0).reason());
        assertEquals(first.id(), asked.get(0).existingId());
        assertEquals(ImportResult.Status.REPLACED, replaced.status());
        assertEquals(first.id(), replaced.id()); // replaced in place, the id stays
        assertEquals(6, lib.load(first.id()).paragraphs().size());
        assertEquals(List.of(first.id()), lib.ids());
    }

    @Test
    void hostileAndEmptyInputIsRefusedClearlyAndLeavesTheLibraryUnchanged() throws Exception {
        Library lib = library();
        importOne(lib, writeUtf8("ok.html", NewsPages.full("x.jpg")));
        List<String> before = snapshot(lib);
        byte[] junk = new byte[100_000];
        new java.util.Random(42).nextBytes(junk);
        record Case(Path file, String message) {
        }
        List<Case> cases = List.of(
                new Case(write("empty.html", new byte[0]), "empty"),
                new Case(write("junk.html", junk), "binary"),
                new Case(write("junk.bin", junk), "binary"),
                new Case(writeUtf8("nav.html", "<html><body><nav><a href=/>홈</a></nav></body></html>"), "no article text"),
                new Case(writeUtf8("title-only.txt", "제목만 있는 파일\n"), "no article text"),
                new Case(writeUtf8("broken.json", "{\"title\": "), "malformed JSON"),
                new Case(tmp.resolve("in/missing.html"), "no such file"),
                new Case(tmp.resolve("in"), "folder"));
        for (Case c : cases) {
            ImportResult r = importOne(lib, c.file());
            assertEquals(ImportResult.Status.FAILED, r.status(), c.file().toString());
            assertTrue(r.error().contains(c.message()), c.file() + ": " + r.error());
            assertFalse(r.error().contains("\n"));
        }
        assertEquals(before, snapshot(lib));
    }

    @Test
    void twentyMegabytePageImports() throws Exception {
        StringBuilder sb = new StringBuilder("<html><head><title>큰 페이지</title></head><body>");
        String filler = "<div class=\"list\"><a href=\"/x\">링크 문구 하나</a> <a href=\"/y\">링크 문구 둘</a></div>\n";
        while (sb.length() < 10 * 1024 * 1024) sb.append(filler);
        sb.append("<article><p>거대한 페이지 한가운데 있는 진짜 기사 문단입니다. 추출기가 이 문단을 찾아야 합니다.</p>"
                + "<p>두 번째 문단도 기사입니다. 링크 목록은 버려야 합니다, 그래야 깨끗합니다.</p></article>");
        while (sb.length() < 20 * 1024 * 1024) sb.append(filler);
        sb.append("</body></html>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length >= 20 * 1024 * 1024);
        Library lib = library();
        ImportResult r = importOne(lib, write("big.html", bytes));
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r::error);
        assertEquals(2, r.paragraphs());
    }

    @Test
    void deeplyNestedPageImports() throws Exception {
        String page = "<html><body>" + "<div>".repeat(10_000)
                + "<p>깊이 중첩된 페이지의 기사 문단입니다. 스택이 넘치지 않고 가져와야 합니다.</p>" + "</div>".repeat(10_000);
        ImportResult r = importOne(library(), writeUtf8("깊은 페이지.html", page));
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r::error);
        assertEquals(1, r.paragraphs());
        assertEquals("깊은 페이지", r.title()); // no title in the page: the saved file's name
    }

    @Test
    void batchReportsProgressAndNotifiesTheLibraryListener() throws Exception {
        Library lib = library();
        List<String> events = new ArrayList<>();
        lib.addListener(new LibraryListener() {
            @Override
            public void added(String id) {
                events.add("added " + id);
            }

            @Override
            public void changed(String id) {
                events.add("changed " + id);
            }
        });
        List<Path> files = List.of(writeUtf8("a.html", NewsPages.full("x.jpg")), write("e.txt", new byte[0]),
                writeUtf8("a2.html", NewsPages.full("x.jpg") + " "));
        List<String> progress = new ArrayList<>();
        List<ImportResult> results = new Importer(lib).importAll(files, Duplicate.Policy.always(Duplicate.Choice.REPLACE),
                new ImportListener() {
                    @Override
                    public void started(int index, int total, Path file) {
                        progress.add("start " + index + "/" + total);
                    }

                    @Override
                    public void finished(int index, int total, ImportResult result) {
                        progress.add("done " + index + " " + result.status());
                    }
                });
        assertEquals(List.of("start 0/3", "done 0 IMPORTED", "start 1/3", "done 1 FAILED", "start 2/3", "done 2 REPLACED"),
                progress);
        String id = results.get(0).id();
        assertEquals(List.of("added " + id, "changed " + id), events);
    }

    @Test
    void cancelStopsBeforeTheNextFile() throws Exception {
        Library lib = library();
        List<Path> files = List.of(writeUtf8("a.html", NewsPages.full("x.jpg")), writeUtf8("b.html", NewsPages.portal()));
        List<ImportResult> results = new Importer(lib).importAll(files, Duplicate.Policy.always(Duplicate.Choice.SKIP),
                new ImportListener() {
                    int done;

                    @Override
                    public void finished(int index, int total, ImportResult result) {
                        done++;
                    }

                    @Override
                    public boolean cancelled() {
                        return done == 1;
                    }
                });
        assertEquals(1, results.size());
        assertEquals(1, lib.ids().size());
    }
}
