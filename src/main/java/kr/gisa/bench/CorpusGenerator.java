package kr.gisa.bench;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.parse.TextArticleParser;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic corpus of Korean news articles recombined from real text ({@link TextPool}).
 * Article {@code i} depends only on the seed and {@code i}, so any N-article library is a prefix of
 * a larger one. Each article is written as plain news text — title, deck lines, a lead, sections
 * under ◆/■/▲/[소제목] headings, photo captions with credits, a byline and a copyright line naming
 * the publisher — and read back by the real {@link TextArticleParser}; only the publication date is
 * added afterwards (plain text has none). Numbers and organisation names vary from article to
 * article, so terms and postings spread the way a real archive's do, if less widely.
 * Plain text length (what the index sees) is 500–3,000 characters, most articles short.
 */
public final class CorpusGenerator {

    public static final int MIN_CHARS = 500;
    public static final int MAX_CHARS = 3000;

    static final String[] PUBLISHERS = {"전기신문", "연합뉴스", "한국경제", "매일경제", "전자신문", "디지털타임스", "아시아경제",
            "머니투데이", "뉴시스", "뉴스1", "서울경제", "헤럴드경제", "이데일리", "파이낸셜뉴스", "한겨레", "경향신문"};
    static final String[] CREDITS = {"연합뉴스", "뉴시스", "뉴스1", "게티이미지뱅크", "엔비디아", "삼성전자", "SK하이닉스", "현대차그룹",
            "네이버", "산업통상자원부", "한국은행", "독자 제공", "버티브", "LG전자"};
    /** Organisations swapped for one another across articles (all occur in the sample texts or news like them). */
    static final String[] ORGS = {"엔비디아", "삼성전자", "SK하이닉스", "SK그룹", "현대자동차그룹", "현대차그룹", "네이버", "카카오",
            "LG전자", "LG에너지솔루션", "포스코", "한화", "KT", "셀트리온", "쿠팡", "인텔", "퀄컴", "TSMC", "애플", "구글",
            "마이크로소프트", "오픈AI", "리벨리온", "퓨리오사AI", "한국은행", "금융위원회", "과학기술정보통신부", "산업통상자원부"};
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"};
    private static final String[] GIVEN = {"민수", "서연", "지훈", "유진", "현우", "하은", "성민", "지아", "도윤", "수빈", "재원", "예린"};
    private static final String[] ROMAN = {"kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
            "han", "oh", "seo", "shin", "kwon"};
    private static final String[] HEADING_MARKS = {"◆ ", "■ ", "▲ ", "[소제목] "};
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ORG;

    static {
        List<String> sorted = new ArrayList<>(List.of(ORGS));
        sorted.sort((a, b) -> b.length() - a.length()); // longest first: 현대자동차그룹 before 현대차그룹
        ORG = Pattern.compile(String.join("|", sorted.stream().map(Pattern::quote).toList()));
    }

    private static final LocalDateTime EPOCH = LocalDateTime.of(2016, 1, 1, 6, 0);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+09:00'");

    /** One generated article: its source text (as saved in source.txt) and the article parsed from it. */
    public record Generated(String source, Article article) {

        /** The article's searchable text, as the index sees it. */
        public String text() {
            return indexedText(article);
        }
    }

    private final TextPool pool;
    private final long seed;
    private final TextArticleParser parser = new TextArticleParser();

    public CorpusGenerator(TextPool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** Article number {@code index} (0-based) of this seed's corpus. */
    public Generated article(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String source = source(r);
        String id = ArticleIds.of(source.getBytes(StandardCharsets.UTF_8));
        Article a = parser.parse(source, id);
        String published = EPOCH.plusMinutes(r.nextLong(10L * 365 * 24 * 60)).format(ISO);
        a = new Article(a.id(), a.title(), a.subtitles(), a.publisher(), a.byline(), a.email(), published, null,
                a.copyright(), a.sections());
        return new Generated(source, a);
    }

    /** Writes articles {@code 0..n-1} into {@code root} with {@link Library#save}, as an import would. */
    public void writeLibrary(Path root, int n, java.util.function.IntConsumer progress) throws StoreException {
        Library library = new Library(root);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try {
            // Articles are independent and each goes to its own folder: write them on every core.
            java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
                Generated g = article(i);
                try {
                    library.save(g.article(), Library.SOURCE_TXT, g.source().getBytes(StandardCharsets.UTF_8));
                } catch (StoreException e) {
                    throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
                }
                int d = done.incrementAndGet();
                if (progress != null) progress.accept(d);
            });
        } catch (java.io.UncheckedIOException e) {
            throw new StoreException(e.getCause().getMessage());
        }
    }

    private String source(SplittableRandom r) {
        // Most news is short: a skewed draw over 500..3000 characters.
        int target = MIN_CHARS + (int) ((MAX_CHARS - MIN_CHARS) * Math.pow(r.nextDouble(), 1.6));
        StringBuilder sb = new StringBuilder();
        String title = vary(pick(r, pool.titles()), r);
        sb.append(title).append('\n');
        int total = title.length() + 1; // + the line end: lengths are of indexedText()
        int decks = r.nextInt(3);
        for (int d = 0; d < decks; d++) {
            String deck = vary(pick(r, pool.decks()), r);
            if (deck.length() > 110 || total + deck.length() > target / 3) break;
            sb.append(deck).append('\n');
            total += deck.length() + 1;
        }
        sb.append('\n');

        boolean headed = r.nextInt(10) < 7;
        String mark = HEADING_MARKS[r.nextInt(HEADING_MARKS.length)];
        int photos = r.nextInt(4);
        int untilHeading = 2 + r.nextInt(3);
        int paragraphs = 0;
        while (total < target) {
            if (headed && paragraphs > 0 && --untilHeading == 0) {
                String h = vary(pick(r, pool.headings()), r);
                if (total + h.length() + 81 > MAX_CHARS) break;
                sb.append('\n').append(mark).append(h).append("\n\n");
                total += h.length() + 1;
                untilHeading = 2 + r.nextInt(4);
            }
            if (photos > 0 && r.nextInt(4) == 0) {
                String caption = vary(pick(r, pool.captions()), r);
                if (total + caption.length() + 1 <= MAX_CHARS) {
                    String credit = CREDITS[r.nextInt(CREDITS.length)];
                    sb.append(caption).append(r.nextBoolean() ? " [사진=" + credit + "]" : " (사진=" + credit + ")")
                            .append("\n\n");
                    total += caption.length() + 1;
                    photos--;
                }
            }
            String p = paragraph(r);
            if (total + p.length() + 1 > MAX_CHARS) {
                p = vary(pick(r, pool.sentences()), r); // one short sentence may still fit
                if (total + p.length() + 1 > MAX_CHARS) break;
            }
            sb.append(p).append("\n\n");
            total += p.length() + 1;
            paragraphs++;
        }
        int s = r.nextInt(SURNAMES.length);
        String given = GIVEN[r.nextInt(GIVEN.length)];
        String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
        sb.append(SURNAMES[s]).append(given).append(" 기자 ").append(ROMAN[s]).append(r.nextInt(100))
                .append("@news.example.kr\n\n");
        sb.append("저작권자 © ").append(publisher).append(" 무단전재 및 재배포 금지\n");
        return sb.toString();
    }

    private String paragraph(SplittableRandom r) {
        int n = 1 + r.nextInt(3);
        // Neighbouring sentences of the samples read on from each other: start somewhere, run on.
        int at = r.nextInt(pool.sentences().size());
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) p.append(' ');
            p.append(vary(pool.sentences().get((at + i) % pool.sentences().size()), r));
        }
        return p.toString();
    }

    /** Other numbers of the same size, and now and then another organisation. */
    private static String vary(String s, SplittableRandom r) {
        Matcher m = DIGITS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String d = m.group();
            String repl;
            if (r.nextInt(3) == 0) {
                repl = d; // keep some numbers as written (years, well-known figures)
            } else if (d.length() == 1) {
                repl = String.valueOf(1 + r.nextInt(9));
            } else {
                StringBuilder n = new StringBuilder().append(1 + r.nextInt(9));
                for (int i = 1; i < d.length(); i++) n.append(r.nextInt(10));
                repl = n.toString();
            }
            m.appendReplacement(sb, repl);
        }
        m.appendTail(sb);
        String text = sb.toString();
        Matcher o = ORG.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (o.find()) {
            String org = r.nextInt(5) < 2 ? ORGS[r.nextInt(ORGS.length)] : o.group();
            out.append(text, at, o.start()).append(org);
            at = o.end();
            // The particle after the name follows the new name's last sound: 삼성전자는, 현대차그룹은.
            if (at < text.length()) {
                int pair = PARTICLES.indexOf(text.charAt(at));
                if (pair >= 0) {
                    out.append(PARTICLES.charAt((pair & ~1) + (batchim(org) ? 0 : 1)));
                    at++;
                }
            }
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /** Particle pairs: after a final consonant, then after a vowel. */
    private static final String PARTICLES = "은는이가을를과와";

    /** True when a name ends in a final consonant (Latin names by how Koreans read their last letter). */
    static boolean batchim(String word) {
        char c = word.charAt(word.length() - 1);
        if (c >= 0xAC00 && c <= 0xD7A3) return (c - 0xAC00) % 28 != 0;
        return "LMNlmn".indexOf(c) >= 0;
    }

    private static String pick(SplittableRandom r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** Title, deck lines, headings, paragraphs and captions, one per line: the text the index analyzes. */
    public static String indexedText(Article a) {
        StringBuilder sb = new StringBuilder(a.title()).append('\n');
        for (String s : a.subtitles()) sb.append(s).append('\n');
        for (Section s : a.sections()) {
            if (s.heading() != null) sb.append(s.heading()).append('\n');
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) sb.append(p.text()).append('\n');
                else if (b instanceof Photo ph && !ph.caption().isBlank()) sb.append(ph.caption()).append('\n');
            }
        }
        return sb.toString();
    }
}
