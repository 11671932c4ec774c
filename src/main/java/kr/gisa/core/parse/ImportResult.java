package kr.gisa.core.parse;

import kr.gisa.core.model.Article;

import java.nio.file.Path;

/**
 * What importing one file did: the article made (or the duplicate kept), or why the file was refused.
 * {@code duplicateOf} names the existing article a SKIPPED or REPLACED file matched, with {@code reason}.
 */
public record ImportResult(Path file, Status status, String id, String title, int sections, int paragraphs,
                           int photos, String reason, String error) {

    public enum Status {
        IMPORTED, REPLACED, SKIPPED, FAILED
    }

    static ImportResult of(Path file, Status status, Article a, String reason) {
        return new ImportResult(file, status, a.id(), a.title(), a.sections().size(), a.paragraphs().size(),
                a.photos().size(), reason, null);
    }

    static ImportResult failed(Path file, String error) {
        return new ImportResult(file, Status.FAILED, null, null, 0, 0, 0, null, error);
    }

    public boolean ok() {
        return status != Status.FAILED;
    }
}
