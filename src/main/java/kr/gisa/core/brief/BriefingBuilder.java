package kr.gisa.core.brief;

import kr.gisa.core.brief.Briefing.Mark;
import kr.gisa.core.brief.Briefing.OutlineItem;
import kr.gisa.core.brief.Briefing.Sentence;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Section;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the {@link Briefing} of an article. Stateless apart from the library statistics it was
 * given, so one builder serves many briefings (the window keeps one and rebuilds on each option
 * change).
 */
public final class BriefingBuilder {

    /** Figures beyond this many are noise on a one-page briefing. */
    static final int MAX_FIGURES = 16;
    static final int MAX_KEYWORDS = 10;
    static final int MAX_NAMES = 12;

    private final Morphemes morphemes;
    private final Keywords.DocumentFrequencies library;
    private final Summarizer summarizer;

    public BriefingBuilder(Morphemes morphemes, Keywords.DocumentFrequencies library, Summarizer summarizer) {
        this.morphemes = morphemes;
        this.library = library;
        this.summarizer = summarizer;
    }

    public BriefingBuilder() {
        this(Morphemes.shared(), Keywords.DocumentFrequencies.NONE, new Summarizer());
    }

    /** A builder whose keywords are weighted against every article in the library. */
    public static BriefingBuilder forLibrary(Library library) throws StoreException {
        List<Article> all = new ArrayList<>();
        for (String id : library.ids()) all.add(library.load(id));
        Morphemes m = Morphemes.shared();
        return new BriefingBuilder(m, Keywords.DocumentFrequencies.of(all, m), new Summarizer());
    }

    public Briefing build(Article article, BriefingOptions options) {
        ArticleText text = ArticleText.of(article, morphemes);
        List<Morphemes.Token> titleTokens = morphemes.analyze(article.title());
        List<Morphemes.Token> deckTokens = morphemes.analyze(String.join("\n", article.subtitles()));
        Set<String> queryTerms = queryTerms(options.query());

        List<String> headingTerms = new ArrayList<>();
        headingTerms.addAll(Summarizer.termFrequencies(titleTokens).keySet());
        headingTerms.addAll(Summarizer.termFrequencies(titleTokens).keySet()); // the title counts twice the deck
        headingTerms.addAll(Summarizer.termFrequencies(deckTokens).keySet());
        List<Summarizer.Ranked> ranked = summarizer.rank(text.sentences(), headingTerms, queryTerms);

        List<Sentence> sentences = pick(ranked, options.sentences()).stream()
                .map(r -> new Sentence(r.unit().text(), r.unit().section(), r.unit().paragraph(), r.unit().start(),
                        r.unit().end(), r.rank(), marks(r.unit().text(), queryTerms)))
                .sorted(Comparator.comparingInt(Sentence::section).thenComparingInt(Sentence::paragraph)
                        .thenComparingInt(Sentence::start))
                .toList();

        List<Briefing.Figure> figures = options.figures()
                ? FigureExtractor.extract(text).stream().limit(MAX_FIGURES).toList() : List.of();
        List<Briefing.Quote> quotes = options.quotes() ? QuoteExtractor.extract(text) : List.of();
        List<String> keywords = options.keywords()
                ? Keywords.top(text, titleTokens, deckTokens, library, MAX_KEYWORDS) : List.of();
        List<String> names = options.keywords()
                ? NameFinder.find(text).stream().limit(MAX_NAMES).toList() : List.of();
        Set<String> summaryTexts = new java.util.HashSet<>();
        sentences.forEach(x -> summaryTexts.add(x.text()));
        List<OutlineItem> outline = options.outline() ? outline(article, ranked, summaryTexts) : List.of();

        String made = ZonedDateTime.now(options.clock()).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new Briefing(article.id(), article.title(), article.subtitles(), article.publisher(), article.byline(),
                article.published(), made, options.query(), sentences, figures, quotes, keywords, names, outline);
    }

    /**
     * The {@code n} best sentences, drawing on at least two sections when the article has them: a
     * briefing of a sectioned article should not read as a summary of its lead alone. When the best
     * {@code n} all sit in one section, the one stating the fewest facts (figures, names; the lower
     * ranked on a tie) gives way to the best sentence of the other sections. Ranks are renumbered.
     */
    static List<Summarizer.Ranked> pick(List<Summarizer.Ranked> ranked, int n) {
        List<Summarizer.Ranked> top = new ArrayList<>(ranked.subList(0, Math.min(n, ranked.size())));
        if (top.size() < 2) return top;
        int section = top.get(0).unit().section();
        if (top.stream().anyMatch(r -> r.unit().section() != section)) return top;
        Summarizer.Ranked other = ranked.stream().filter(r -> r.unit().section() != section).findFirst().orElse(null);
        if (other == null) return top;
        Summarizer.Ranked weakest = top.get(top.size() - 1);
        for (int i = top.size() - 1; i >= 0; i--) {
            if (Summarizer.facts(top.get(i).unit()) < Summarizer.facts(weakest.unit())) weakest = top.get(i);
        }
        top.remove(weakest);
        top.add(other);
        List<Summarizer.Ranked> out = new ArrayList<>();
        for (Summarizer.Ranked r : top) out.add(new Summarizer.Ranked(r.unit(), r.score(), out.size() + 1));
        return out;
    }

    /**
     * Each section's heading with a one-line gist: its best-scoring sentence, preferring one the
     * summary does not already show and one short enough to read at a glance.
     */
    private static List<OutlineItem> outline(Article article, List<Summarizer.Ranked> ranked, Set<String> shown) {
        List<OutlineItem> out = new ArrayList<>();
        List<Section> sections = article.sections();
        for (int s = 0; s < sections.size(); s++) {
            final int section = s;
            String gist = ranked.stream().filter(r -> r.unit().section() == section)
                    .max(Comparator.comparingDouble(r -> r.score()
                            * (shown.contains(r.unit().text()) ? 0.5 : 1.0)
                            * (r.unit().text().length() <= 90 ? 1.0 : 0.7)))
                    .map(r -> r.unit().text()).orElse(null);
            if (gist == null && !sections.get(s).paragraphs().isEmpty()) {
                // Every sentence here repeated an earlier one: the section still opens with something.
                List<String> first = SentenceSplitter.sentences(sections.get(s).paragraphs().get(0).text());
                gist = first.isEmpty() ? null : first.get(0);
            }
            if (gist == null && sections.get(s).heading() == null) continue;
            out.add(new OutlineItem(s, sections.get(s).heading(), gist));
        }
        return out;
    }

    /** The query as lower-case content morphemes and as its own words. */
    Set<String> queryTerms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query == null) return terms;
        terms.addAll(morphemes.contentTerms(query));
        for (String w : query.toLowerCase(Locale.ROOT).split("\\s+")) if (w.length() > 1) terms.add(w);
        terms.removeIf(t -> t.length() < 1);
        return terms;
    }

    /** Where the query terms occur in a sentence, merged and in order. */
    static List<Mark> marks(String text, Set<String> terms) {
        if (terms.isEmpty()) return List.of();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] hit = new boolean[text.length()];
        for (String t : terms) {
            if (t.isEmpty()) continue;
            for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
                for (int k = i; k < i + t.length(); k++) hit[k] = true;
            }
        }
        List<Mark> out = new ArrayList<>();
        for (int i = 0; i < hit.length; i++) {
            if (!hit[i]) continue;
            int j = i;
            while (j < hit.length && hit[j]) j++;
            out.add(new Mark(i, j));
            i = j;
        }
        return out;
    }
}
