package tally.app;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.LoadProblem;

/**
 * The state of the corpus Tally answers from, for whoever runs or moderates it (a {@code /status} command, the
 * operator's log): which version answers, what did not load and why, when the corpus folder was last checked and what
 * the last change was, and any reason the index is not as it should be.
 *
 * @param version       the corpus version answering now ({@link Tally#corpusVersion()})
 * @param articles      articles loaded
 * @param claims        claims after merging
 * @param problems      files that could not be used, each with file, line and reason; the corpus folder itself when
 *                      it holds no article
 * @param watching      how the corpus folder is followed ("file-system events, and a check every 5 s"), or null when
 *                      it is not (a one-shot command)
 * @param lastChecked   when the folder was last looked at; null before the first check
 * @param answeringSince when this version started answering
 * @param lastChange    what the change to this version was ("2 articles added (a.txt, b.txt), 1 removed (c.txt)"),
 *                      null for the version Tally started with
 * @param refreshError  why the latest attempt to load a changed corpus failed (the version above keeps answering), or
 *                      null
 * @param indexWarning  why the index is not saved on disk (it answers from memory and is rebuilt at the next start),
 *                      or null
 * @param indexSaved    when the index answering now was written to disk; null when it lives only in memory
 */
public record CorpusStatus(
        String version,
        int articles,
        int claims,
        List<LoadProblem> problems,
        @Nullable String watching,
        @Nullable Instant lastChecked,
        @Nullable Instant answeringSince,
        @Nullable String lastChange,
        @Nullable String refreshError,
        @Nullable String indexWarning,
        @Nullable Instant indexSaved) {

    public CorpusStatus {
        Objects.requireNonNull(version, "version");
        problems = List.copyOf(problems);
        if (articles < 0 || claims < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** True when something needs the operator: a file that did not load, a failed refresh, an unsaved index. */
    public boolean needsAttention() {
        return !problems.isEmpty() || refreshError != null || indexWarning != null;
    }
}
