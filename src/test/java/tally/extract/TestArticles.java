package tally.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tally.model.Article;
import tally.model.Published;

/** Reads corpus-format files for extraction tests without depending on the corpus loader under test elsewhere. */
final class TestArticles {
    private TestArticles() {
    }

    static List<Article> folder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(TestArticles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article parse(String name, String text) {
        Map<String, String> header = new HashMap<>();
        String body = text;
        int end = text.indexOf("\n---\n");
        if (end > 0 && text.substring(0, end).lines().allMatch(l -> l.matches("[A-Za-z_-]+: .*"))) {
            text.substring(0, end).lines().forEach(l -> header.put(l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 1).trim()));
            body = text.substring(end + 5);
        }
        String published = header.get("published");
        return new Article(name, header.get("title"), header.get("outlet"), header.get("url"),
                published == null ? null : Published.stated(LocalDate.parse(published)), header.get("language"),
                Map.of(), body, 1);
    }

    static List<Article> of(List<Path> dirs) {
        List<Article> all = new ArrayList<>();
        dirs.forEach(d -> all.addAll(folder(d)));
        return all;
    }
}
