package tally.app.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;

/**
 * The open reports of one figure, for moderators: how many members reported it, when last, why (count per reason),
 * the texts given with "other", and the claim as replies show it now (null when it is hidden or gone).
 */
public record ReportedFigure(String claimId, ClaimRef claim, int count, Instant latest,
                             Map<Report.Reason, Integer> reasons, List<String> texts, @Nullable Claim current) {
    public ReportedFigure {
        reasons = Map.copyOf(reasons);
        texts = List.copyOf(texts);
    }
}
