package kr.gisa.core.brief;

import java.time.Clock;

/**
 * What a briefing holds: the number of summary sentences, a query focus, and which parts to
 * include. The window's preview toggles these; the CLI sets sentences and query.
 */
public record BriefingOptions(int sentences, String query, boolean figures, boolean quotes, boolean keywords,
                              boolean outline, Clock clock) {

    public static final int DEFAULT_SENTENCES = 3;
    public static final int MAX_SENTENCES = 20;

    public BriefingOptions {
        if (sentences < 1 || sentences > MAX_SENTENCES) {
            throw new IllegalArgumentException("sentences must be between 1 and " + MAX_SENTENCES + ", not " + sentences);
        }
        query = query == null || query.isBlank() ? null : query.strip();
        clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    public static BriefingOptions defaults() {
        return new BriefingOptions(DEFAULT_SENTENCES, null, true, true, true, true, null);
    }

    public BriefingOptions withSentences(int n) {
        return new BriefingOptions(n, query, figures, quotes, keywords, outline, clock);
    }

    public BriefingOptions withQuery(String q) {
        return new BriefingOptions(sentences, q, figures, quotes, keywords, outline, clock);
    }

    public BriefingOptions withFigures(boolean on) {
        return new BriefingOptions(sentences, query, on, quotes, keywords, outline, clock);
    }

    public BriefingOptions withQuotes(boolean on) {
        return new BriefingOptions(sentences, query, figures, on, keywords, outline, clock);
    }

    public BriefingOptions withKeywords(boolean on) {
        return new BriefingOptions(sentences, query, figures, quotes, on, outline, clock);
    }

    public BriefingOptions withOutline(boolean on) {
        return new BriefingOptions(sentences, query, figures, quotes, keywords, on, clock);
    }

    public BriefingOptions withClock(Clock c) {
        return new BriefingOptions(sentences, query, figures, quotes, keywords, outline, c);
    }
}
