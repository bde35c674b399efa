package tally.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    @Test
    void randomBytesNeverThrowAndAlwaysGiveAnArticleOrAProblem() {
        Random random = new Random(20241224);
        String[] pieces = {"title: ", "published: ", "2024-02-30", "---", "\n", "\r\n", "\uFEFF", ": ", "a", " ",
            "\u20ac", "Last Updated:", "key-x: v"};
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes;
            if (i % 2 == 0) {
                bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
            } else {
                StringBuilder s = new StringBuilder();
                for (int j = random.nextInt(40); j > 0; j--) {
                    s.append(pieces[random.nextInt(pieces.length)]);
                }
                bytes = s.toString().getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0 && random.nextBoolean()) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            ArticleParser.Parsed parsed = ArticleParser.parse("r.txt", bytes);
            assertTrue(parsed.article() != null ^ parsed.problem() != null);
            if (parsed.article() != null) {
                assertTrue(!parsed.article().body().isBlank());
            }
        }
    }
}
