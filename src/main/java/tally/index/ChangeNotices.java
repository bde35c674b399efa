package tally.index;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import tally.model.AnalyzedCorpus;
import tally.model.LoadProblem;

/**
 * Who is told when a new corpus version answers: the operator's log, with the files that could not be used (the first
 * {@value #PROBLEMS_LOGGED}; /status has them all), and the listeners, with the version only. A listener is never
 * handed the index: it could be replaced and closed while the listener still held it.
 */
final class ChangeNotices {

    private static final int PROBLEMS_LOGGED = 50;

    private final Consumer<String> log;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    ChangeNotices(Consumer<String> log) {
        this.log = log;
    }

    void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Logs each file of the corpus that could not be used, or was used with a warning. */
    void logProblems(AnalyzedCorpus corpus) {
        List<LoadProblem> problems = corpus.problems();
        problems.stream().limit(PROBLEMS_LOGGED)
                .forEach(p -> log.accept("index: " + (p.warning() ? "warning: " : "problem: ") + p));
        if (problems.size() > PROBLEMS_LOGGED) {
            log.accept("index: ... and " + (problems.size() - PROBLEMS_LOGGED) + " more problems (see /status)");
        }
    }

    /** Tells every listener the new version; one that fails is logged and the others are still told. */
    void notifyListeners(String version) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(version);
            } catch (RuntimeException e) {
                log.accept("index: a corpus-change listener failed: " + e);
            }
        }
    }
}
