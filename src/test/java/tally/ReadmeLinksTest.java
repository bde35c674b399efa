package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's links within the page (its contents line, its cross-references) lead to a heading it has. */
class ReadmeLinksTest {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern IN_PAGE_LINK = Pattern.compile("\\]\\(#([^)]+)\\)");

    @Test
    void everyLinkWithinTheReadmeLeadsToOneOfItsHeadings() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> anchors = HEADING.matcher(readme).results().map(m -> anchor(m.group(1))).collect(Collectors.toSet());
        List<String> links = new ArrayList<>();
        Matcher m = IN_PAGE_LINK.matcher(readme);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertTrue(links.size() >= 10, "the README's contents line links its main sections: " + links);
        assertEquals(List.of(), links.stream().filter(l -> !anchors.contains(l)).toList(), "links to no heading");
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertEquals("corrections-reports-and-pinned-summaries", anchor("Corrections, reports and pinned summaries"));
        assertEquals("try-it-offline-console", anchor("Try it offline: `console`"));
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
