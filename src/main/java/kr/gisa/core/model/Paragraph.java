package kr.gisa.core.model;

import java.util.Objects;

/** A paragraph of body text, kept exactly as the source wrote it (trimmed). */
public record Paragraph(String text) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
