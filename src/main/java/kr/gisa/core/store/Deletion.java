package kr.gisa.core.store;

import java.nio.file.Path;

/**
 * A deleted article waiting in the library's trash folder: give it back to {@link Library#undelete}
 * to restore it. {@code title} is for the "Deleted … Undo" message.
 */
public record Deletion(String id, String title, Path trashFolder) {
}
