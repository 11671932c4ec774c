package kr.gisa.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Article ids: the first 16 hex digits of the SHA-256 of the source bytes, so one source has one id. */
public final class ArticleIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private ArticleIds() {
    }

    public static String of(byte[] source) {
        return sha256(source).substring(0, 16);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** True for an id that is safe as a folder name (no separators, no dots, no traversal). */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
