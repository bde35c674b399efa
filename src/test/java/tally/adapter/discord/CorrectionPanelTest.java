package tally.adapter.discord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tally.app.moderation.Actor;
import tally.app.moderation.Amendment;
import tally.app.moderation.Change;
import tally.app.moderation.ClaimRef;
import tally.app.question.TestConfig;
import tally.model.Claimant;
import tally.model.Metric;

/** What a moderator reads on Discord once a correction is recorded. */
class CorrectionPanelTest {

    private static Change fixSetting(Claimant claimant) {
        ClaimRef ref = new ClaimRef("abcdefghij", "a.txt", "Zelensky said 3,000 were killed or wounded.", "3,000",
                Metric.KILLED_OR_WOUNDED);
        return new Change(1, Instant.parse("2026-12-01T10:00:00Z"), Actor.discord(42L), Change.Action.FIX, ref,
                Amendment.NONE.withClaimant(TestConfig.DIRECTORY.require("nis")), Amendment.NONE.withClaimant(claimant),
                "typo test", null, null);
    }

    @Test
    void aClaimantTheDirectoryDoesNotListIsNotedAsKeptInTheSourcesWords() {
        String text = CorrectionPanel.confirmation(fixSetting(Claimant.unlisted("zelenksy", Claimant.Kind.GROUP)));
        assertTrue(text.contains("Note: the claimant 'zelenksy' is no id or name in config/claimants.json, so it is kept"
                + " as the source's own words"), text);
        assertTrue(text.contains("/claim undo change:1"), text);
    }

    @Test
    void aListedClaimantDrawsNoNote() {
        String text = CorrectionPanel.confirmation(fixSetting(TestConfig.DIRECTORY.require("zelensky")));
        assertFalse(text.contains("Note:"), text);
    }
}
