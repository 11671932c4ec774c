package kr.gisa.app.theme;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step (process-classes): writes each window stylesheet in JavaFX's binary form beside it on
 * the class path ({@code styles/reader.css} → {@code styles/reader.bss}). JavaFX loads the .bss in
 * place of a .css it is given when one is there, which spares every start parsing the CSS text.
 * A sheet with a syntax error stops the build (JavaFX itself would only log it at run time).
 *
 * <p>Usage: {@code BinaryStyles SOURCE_DIR OUTPUT_DIR NAME.css...}
 */
public final class BinaryStyles {

    private BinaryStyles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) throw new IllegalArgumentException("usage: BinaryStyles SOURCE_DIR OUTPUT_DIR NAME.css...");
        Path source = Path.of(args[0]), output = Files.createDirectories(Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            Path css = source.resolve(args[i]);
            CssParser.errorsProperty().clear();
            new CssParser().parse(css.toUri().toURL());
            if (!CssParser.errorsProperty().isEmpty()) {
                throw new IOException(css + ": " + CssParser.errorsProperty().get(0));
            }
            Path bss = output.resolve(args[i].replaceFirst("\\.css$", ".bss"));
            Path tmp = Files.createTempFile(output, args[i], ".tmp");
            try {
                Stylesheet.convertToBinary(css.toFile(), tmp.toFile());
                Files.move(tmp, bss, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
