package tally.index;

import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;

class InMemoryCorpusIndexTest extends CorpusIndexContract {
    @Override
    CorpusIndex create(AnalyzedCorpus corpus, String version) {
        return new InMemoryCorpusIndex(corpus, version);
    }
}
