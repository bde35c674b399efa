package tally.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns free text into a BM25 query without a query parser: the text is only ever analysed into terms, so Lucene
 * syntax in a question (quotes, colons, wildcards, brackets) is plain text and can never make the search fail.
 */
final class PassageQueries {

    /** Questions are short; a pasted essay is cut to its first terms so one request cannot cost much. */
    static final int MAX_TERMS = 64;
    static final int MAX_CHARS = 2_000;

    private PassageQueries() {
    }

    /** Any of the analysed terms (BM25 ranks documents with more and rarer terms first); null when there are none. */
    static @Nullable Query anyTerm(Analyzer analyzer, String field, String text) {
        Set<String> terms = terms(analyzer, field, text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
        return b.build();
    }

    static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return terms;
    }
}
