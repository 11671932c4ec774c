package kr.gisa.core.archive;

/** One article as an archive lists it, without loading its text. {@code published} and {@code publisher} may be null. */
public record ArchiveEntry(String id, String title, String publisher, String published) {
}
