package kr.gisa.bench;

import java.nio.file.Path;

/**
 * What one bench run does.
 *
 * @param articles  library size N
 * @param seed      corpus seed (the same seed gives the same corpus)
 * @param texts     the repository folder holding the Korean sample texts
 * @param work      where the libraries and indexes go (deleted afterwards unless {@code keep})
 * @param coldRuns  child JVMs per cold-start variant (0 skips cold start)
 * @param searchRounds rounds over the query set for search latency
 */
public record BenchOptions(int articles, long seed, Path texts, Path work, int coldRuns, int searchRounds,
                           boolean keep) {
}
