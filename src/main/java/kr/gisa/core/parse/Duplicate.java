package kr.gisa.core.parse;

import kr.gisa.core.model.Article;

import java.nio.file.Path;

/** An incoming article that the library already holds, and why it counts as the same. */
public record Duplicate(Path file, Article incoming, String existingId, String existingTitle, Reason reason) {

    public enum Reason {
        SAME_SOURCE("same source file"),
        SAME_CONTENT("same content"),
        SAME_URL("same canonical URL");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** What to do with a duplicate. */
    public enum Choice {
        SKIP, REPLACE
    }

    /**
     * Decides each duplicate: {@link #always} for SKIP or REPLACE, or a callback that asks the user
     * (the window shows a dialog; it is called on the importing thread).
     */
    @FunctionalInterface
    public interface Policy {
        Choice decide(Duplicate duplicate);

        static Policy always(Choice choice) {
            return d -> choice;
        }
    }
}
