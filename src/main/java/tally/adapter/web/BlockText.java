package tally.adapter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text as paragraphs, the way a reader sees it: each block (paragraph, heading, list item, quote, cell)
 * is one paragraph, a line break inside one ends it, and white space inside a paragraph is one space. The article's
 * sentences are kept word for word: the extractor quotes them.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption", "hr", "address", "details",
            "summary", "br");

    private BlockText() {
    }

    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String text = current.toString().replaceAll("[\\s\\p{Z}]+", " ").strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
        current.setLength(0);
    }
}
