package kr.gisa.bench;

import kr.gisa.core.brief.SentenceSplitter;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.parse.TextArticleParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Real Korean news text from the repository, cut into the pieces the {@link CorpusGenerator}
 * recombines: titles, deck lines, sentences, section headings and photo captions. Sources: the
 * stored library ({@code articles/<id>/source.txt}) and the briefing evaluation texts
 * ({@code src/test/resources/eval/summary/**}/*.txt}), each read with the real {@link TextArticleParser}.
 */
public record TextPool(List<String> titles, List<String> decks, List<String> sentences,
                       List<String> headings, List<String> captions, int sourceArticles) {

    public TextPool {
        titles = List.copyOf(titles);
        decks = List.copyOf(decks);
        sentences = List.copyOf(sentences);
        headings = List.copyOf(headings);
        captions = List.copyOf(captions);
    }

    /** The folders under {@code repo} that hold the texts. */
    static List<Path> sourceFiles(Path repo) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[]{"articles", "src/test/resources/eval/summary"}) {
            Path d = repo.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d, 3)) {
                s.filter(p -> p.getFileName().toString().equals("source.txt")
                                || dir.contains("eval") && p.getFileName().toString().endsWith(".txt"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /**
     * Reads the texts under {@code repo} (the repository folder).
     *
     * @throws IllegalArgumentException with a one-line message when there are too few
     */
    public static TextPool load(Path repo) {
        List<Path> files;
        try {
            files = sourceFiles(repo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> titles = new LinkedHashSet<>();
        Set<String> decks = new LinkedHashSet<>();
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> headings = new LinkedHashSet<>();
        Set<String> captions = new LinkedHashSet<>();
        TextArticleParser parser = new TextArticleParser();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // an unreadable sample only makes the pool smaller
            }
            Article a = parser.parse(text, "pool");
            if (!a.title().isBlank()) titles.add(a.title());
            decks.addAll(a.subtitles());
            for (Section s : a.sections()) {
                if (s.heading() != null) headings.add(s.heading());
                for (var b : s.blocks()) {
                    if (b instanceof Paragraph p) {
                        for (String sentence : SentenceSplitter.sentences(p.text())) {
                            String t = sentence.strip();
                            if (t.length() >= 12) sentences.add(t);
                        }
                    } else if (b instanceof Photo ph && !ph.caption().isBlank()) {
                        captions.add(ph.caption());
                    }
                }
            }
        }
        if (titles.size() < 3 || sentences.size() < 50) {
            throw new IllegalArgumentException("too little Korean text under " + repo.toAbsolutePath()
                    + " (need articles/*/source.txt and src/test/resources/eval/summary/**/*.txt: run from the Gisa repository or pass --texts DIR)");
        }
        // Titles make good captions and headings too when the samples have few of their own.
        List<String> caps = new ArrayList<>(captions);
        for (String d : decks) if (d.length() <= 60) caps.add(d);
        List<String> heads = new ArrayList<>(headings);
        for (String d : decks) if (d.length() <= 30) heads.add(d);
        return new TextPool(List.copyOf(titles), List.copyOf(decks), List.copyOf(sentences), heads, caps, files.size());
    }

    /** Characters of text in the pool (sentences only). */
    public long sentenceChars() {
        return sentences.stream().mapToLong(String::length).sum();
    }
}
