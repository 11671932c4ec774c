package kr.gisa.core.search;

/** How words combine. */
public enum SearchMode {
    /** Every word must match; when that finds too little, relax (the default). */
    AUTO,
    /** Every word must match, never relaxed. */
    STRICT,
    /** Always rank by how many words match (question answering). */
    RELAXED
}
