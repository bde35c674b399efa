package tally.app.port;

import java.util.List;
import tally.app.FigureQuery;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.Passage;

/**
 * Port: searchable view of one analysed corpus. Two implementations honour the same contract: an in-memory one for
 * tests and the Lucene one that Tally runs on.
 */
public interface CorpusIndex extends AutoCloseable {

    /** The analysed corpus this index serves. */
    AnalyzedCorpus corpus();

    /** Content hash of the corpus folder it was built from. */
    String version();

    /** Claims matching the query, newest claim date first, undated last. */
    List<Claim> claims(tally.app.FigureQuery query);

    /** The paragraphs most relevant to free text, best first; empty for a blank or unmatched query. */
    List<Passage> passages(String text, int limit);

    @Override
    void close();
}
