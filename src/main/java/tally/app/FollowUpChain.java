package tally.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The asker's last questions that a follow-up is read after ({@link Tally#ask(String, List)}), as every adapter keeps
 * them: oldest first, at most {@value #KEPT}, so a long chain of follow-ups is read from its last questions only.
 */
public final class FollowUpChain {

    public static final int KEPT = 5;

    private FollowUpChain() {
    }

    /** {@code earlier} with {@code question} last; a blank question changes nothing. */
    public static List<String> with(List<String> earlier, String question) {
        if (question.isBlank()) {
            return earlier;
        }
        List<String> all = new ArrayList<>(earlier);
        all.add(question);
        return List.copyOf(all.subList(Math.max(0, all.size() - KEPT), all.size()));
    }
}
