package tally.index;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tally.app.CorpusStatus;
import tally.app.port.CorpusIndex;

/**
 * What the refreshes of a live corpus did, for whoever runs or moderates Tally: the latest outcome, when the folder
 * was last checked, since when the version answering now answers and what changed to make it.
 */
final class RefreshHistory {

    private volatile RefreshResult last;
    private volatile @Nullable Instant lastChecked;
    private volatile Instant answeringSince;
    private volatile @Nullable String lastChange;

    /** The version Tally started with answers since {@code since}; it is no change. */
    RefreshHistory(String version, Instant since) {
        answeringSince = since;
        last = new RefreshResult(RefreshResult.Outcome.UPDATED, version, null);
    }

    RefreshResult last() {
        return last;
    }

    /** Keeps a refresh's outcome as the latest and returns it. */
    RefreshResult record(RefreshResult result) {
        last = result;
        return result;
    }

    /** The folder was looked at {@code at}. */
    void checked(Instant at) {
        lastChecked = at;
    }

    /** A new version answers since {@code since}, made by the change {@code summary} describes. */
    void answering(Instant since, String summary) {
        answeringSince = since;
        lastChange = summary;
    }

    /**
     * The status of {@code index} with this history. {@code latest} is the refresh outcome as it was when the status
     * was asked, before the index was leased.
     */
    CorpusStatus status(CorpusIndex index, RefreshResult latest, @Nullable String watching) {
        return new CorpusStatus(index.version(), index.corpus().articles().size(),
                index.corpus().claims().size(), index.corpus().problems(), watching, lastChecked,
                answeringSince, lastChange, latest.outcome() == RefreshResult.Outcome.FAILED ? latest.error() : null,
                SaveRetry.unsavedBecause(index), index instanceof LuceneCorpusIndex l ? l.savedAt() : null);
    }
}
