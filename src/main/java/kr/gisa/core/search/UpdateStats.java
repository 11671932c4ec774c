package kr.gisa.core.search;

import java.util.List;

/** What one index update did: articles in the library, added, changed, removed, and unreadable ones. */
public record UpdateStats(int articles, int added, int changed, int removed, List<String> problems) {

    public UpdateStats {
        problems = List.copyOf(problems);
    }

    public boolean changedAnything() {
        return added + changed + removed > 0;
    }
}
