package kr.gisa.core.parse;

import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the images a saved page refers to, safely. Only two kinds of reference are read: a relative
 * path to a file inside the page's own folder (a browser's {@code Page_files/…}), and a
 * {@code data:image/…;base64} URL. Network URLs, absolute paths, {@code ..} segments and links
 * leading out of the folder are never read: such photos keep their caption without an image.
 * Only real image files (by their magic bytes) are kept.
 */
final class PageImages {

    static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;
    private static final int MAX_IMAGES = 200;
    private static final Pattern DATA_URL = Pattern.compile("^data:image/[a-z0-9.+-]+;base64,(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path pageFolder;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** {@code pageFolder} is the folder holding the page; null reads data: URLs only. */
    PageImages(Path pageFolder) {
        Path real = null;
        try {
            if (pageFolder != null) real = pageFolder.toRealPath();
        } catch (IOException e) {
            real = null;
        }
        this.pageFolder = real;
    }

    /** The stored images, by their name relative to the article folder. */
    Map<String, byte[]> files() {
        return files;
    }

    /**
     * Copies the referenced image and returns its name in the article folder ({@code images/…}), or null
     * when the reference is refused or is not an image. The name depends only on the reference, so a
     * re-import of the kept source finds the same file.
     */
    String store(String reference) {
        if (reference == null || reference.isBlank() || files.size() >= MAX_IMAGES) return null;
        String ref = reference.strip();
        byte[] bytes = read(ref);
        if (bytes == null) return null;
        String ext = imageType(bytes);
        if (ext == null) return null;
        String name = nameFor(ref, ext);
        files.putIfAbsent(name, bytes);
        return name;
    }

    static String nameFor(String reference, String ext) {
        return Library.IMAGES + "/" + ArticleIds.sha256(reference.strip()).substring(0, 16) + "." + ext;
    }

    private byte[] read(String ref) {
        Matcher data = DATA_URL.matcher(ref);
        if (data.matches()) {
            String b64 = data.group(1).replaceAll("\\s+", "");
            if (b64.length() > MAX_IMAGE_BYTES * 4 / 3 + 4) return null;
            try {
                return Base64.getDecoder().decode(b64);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Path file = localFile(ref);
        if (file == null) return null;
        try {
            if (Files.size(file) > MAX_IMAGE_BYTES) return null;
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) MAX_IMAGE_BYTES);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The file a relative reference names, when it is a regular file inside the page's folder. */
    Path localFile(String ref) {
        if (pageFolder == null) return null;
        // Network, file:, javascript: and every other scheme; protocol-relative; absolute; Windows drives.
        if (SCHEME.matcher(ref).find() || ref.startsWith("/") || ref.startsWith("\\")) return null;
        String path = ref;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) path = path.substring(0, cut);
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        path = path.replace('\\', '/');
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\0') >= 0) return null;
        for (String seg : path.split("/")) if (seg.equals("..")) return null;
        try {
            Path p = pageFolder.resolve(path).normalize();
            if (!p.startsWith(pageFolder)) return null;
            // A symbolic link may point anywhere: the real file must be inside the folder too.
            Path real = p.toRealPath();
            return real.startsWith(pageFolder) && Files.isRegularFile(real) ? real : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }

    /** The file extension for the image format the bytes start with, or null when not an image we show. */
    static String imageType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "jpg";
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') return "gif";
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') return "bmp";
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && new String(b, 8, 4, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).equals("WEBP")) {
            return "webp";
        }
        return null;
    }
}
