package kr.gisa.app.archive;

import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.store.Library;
import kr.gisa.testing.Seed;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A local library and an archive for window tests. The local library holds the seed article (with
 * the image file of its first photo, as the library that pushed it would) and one article of its
 * own; the archive holds the seed (no images: they are never uploaded) and two newer articles.
 */
final class LocalAndArchive {

    static final String URL = "http://127.0.0.1:8983/solr/news";
    static final String DOWN = "http://127.0.0.1:1/solr/gone";

    static final String LOCAL_ONLY = """
            희토류 수입선 다변화
            정부가 희토류 수입선을 다변화하기로 했다.
            """;
    static final String NEWEST = """
            반도체 장비 공급망 점검
            정부가 반도체 장비 공급망을 점검하고 3천억원을 투입한다.

            소부장 기업들은 포토레지스트 생산을 늘리기로 했다.
            """;
    static final String SECOND = """
            희토류 비축 확대
            정부가 희토류 비축 물량을 두 배로 늘린다.

            비축 기지는 내년 상반기에 완공된다.
            """;

    final Library local;
    final Library remote;
    final Article localOnly;
    final Article newest;
    final Article second;
    final FakeArchive archive;

    LocalAndArchive(Path base) throws Exception {
        local = new Library(base.resolve("local"));
        remote = new Library(base.resolve("remote"));
        byte[] seedSource = Files.readAllBytes(Seed.libraryRoot().resolve(Seed.ID).resolve(Library.SOURCE_TXT));
        Article seed = dated(Seed.article(), "2025-11-03");
        local.save(withFirstImage(seed), Library.SOURCE_TXT, seedSource, Map.of("images/p0.png", png()));
        localOnly = local.importText(LOCAL_ONLY.getBytes(StandardCharsets.UTF_8));
        remote.save(withFirstImage(seed), Library.SOURCE_TXT, seedSource); // the path, not the file
        newest = dated(remote.importText(NEWEST.getBytes(StandardCharsets.UTF_8)), "2025-11-05");
        remote.update(newest);
        second = withPhoto(dated(remote.importText(SECOND.getBytes(StandardCharsets.UTF_8)), "2025-11-04"));
        remote.update(second);
        archive = FakeArchive.of(URL, remote, base.resolve("index"));
    }

    /** Opens {@link #URL} (and any archive in {@code more}); every other URL is refused like a closed port. */
    ArchiveOpener opener(FakeArchive... more) {
        return url -> {
            if (url.equals(URL)) return archive;
            for (FakeArchive a : more) if (a.url().equals(url)) return a;
            throw new ArchiveException("cannot reach " + url + ": Connection refused");
        };
    }

    static Article dated(Article a, String published) {
        return new Article(a.id(), a.title(), a.subtitles(), a.publisher(), a.byline(), a.email(), published, a.url(),
                a.copyright(), a.sections());
    }

    /** The seed as the library that pushed it has it: the first photo's image file is local. */
    static Article withFirstImage(Article a) {
        List<Section> sections = new ArrayList<>();
        boolean done = false;
        for (Section s : a.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (!done && b instanceof Photo p) {
                    blocks.add(new Photo(p.caption(), p.credit(), "images/p0.png"));
                    done = true;
                } else {
                    blocks.add(b);
                }
            }
            sections.add(new Section(s.heading(), blocks));
        }
        return new Article(a.id(), a.title(), a.subtitles(), a.publisher(), a.byline(), a.email(), a.published(),
                a.url(), a.copyright(), sections);
    }

    /** An archive article with a photo whose image file is nowhere local. */
    static Article withPhoto(Article a) {
        List<Section> sections = new ArrayList<>(a.sections());
        Section first = sections.isEmpty() ? new Section(null, List.of()) : sections.get(0);
        List<Block> blocks = new ArrayList<>(first.blocks());
        blocks.add(new Photo("희토류 비축 창고 내부", "가상통신", "images/store.jpg"));
        if (sections.isEmpty()) sections.add(new Section(null, blocks));
        else sections.set(0, new Section(first.heading(), blocks));
        return new Article(a.id(), a.title(), a.subtitles(), a.publisher(), a.byline(), a.email(), a.published(),
                a.url(), a.copyright(), sections);
    }

    static byte[] png() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage img = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0x2f4f6f), 640, 360, new java.awt.Color(0xc9d6e3)));
        g.fillRect(0, 0, 640, 360);
        g.dispose();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
