package kr.gisa.core.archive;

import java.util.List;

/**
 * What one push did.
 *
 * @param articles      articles in the library
 * @param sent          new or changed articles sent
 * @param unchanged     articles the archive already held as they are
 * @param removed       articles deleted from the archive because the library no longer has them (only with prune)
 * @param onlyInArchive articles the archive holds that the library does not, left in place (without prune)
 * @param problems      one line per article that could not be read and was not sent
 * @param stopped       true when stopped before the end (the next push goes on from there)
 * @param retries       requests repeated after a transient failure (a node or leader going away)
 * @param millis        how long it took
 */
public record PushStats(int articles, int sent, int unchanged, int removed, int onlyInArchive, List<String> problems,
                        boolean stopped, int retries, long millis) {

    public PushStats {
        problems = List.copyOf(problems);
    }

    /** "sent 12 articles (988 unchanged) in 4.2 s" and what else happened, in one line. */
    public String summary() {
        StringBuilder sb = new StringBuilder(stopped ? "stopped after sending " : "sent ")
                .append(sent).append(sent == 1 ? " article" : " articles")
                .append(" (").append(unchanged).append(" unchanged)");
        if (removed > 0) sb.append(", removed ").append(removed).append(" no longer in the library");
        if (onlyInArchive > 0) sb.append(", ").append(onlyInArchive).append(" only in the archive kept (--prune removes them)");
        if (!problems.isEmpty()) sb.append(", ").append(problems.size()).append(" unreadable not sent");
        if (retries > 0) sb.append(", ").append(retries).append(retries == 1 ? " retry" : " retries");
        return sb.append(" in ").append(String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0)).toString();
    }
}
