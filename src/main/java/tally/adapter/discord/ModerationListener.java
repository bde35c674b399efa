package tally.adapter.discord;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.app.moderation.Moderator;
import tally.app.moderation.Refusal;

/**
 * Routes the clicks, choices and forms of the correction and report controls (custom ids "tally:fix",
 * "tally:report...", "tally:panel:...", "tally:correct:...", "tally:open") to their flows. Correcting is for moderators
 * only; reporting is for everyone.
 */
final class ModerationListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ModerationListener.class);

    private final BotContext context;

    ModerationListener(BotContext context) {
        this.context = context;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.getComponentId().equals(ClaimControls.REPORT)) {
            ReportFlow.start(event);
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        String id = event.getComponentId();
        if (!id.startsWith("tally:") || event.getValues().isEmpty()) {
            return;
        }
        if (id.equals(ReportFlow.PICK)) {
            ReportFlow.picked(event);
            return;
        }
        Optional<Moderator> moderator = moderator(event);
        if (moderator.isEmpty()) {
            return;
        }
        guarded(event, () -> {
            if (id.startsWith(ReportFlow.WHY)) {
                ReportFlow.why(event, moderator.get());
            } else if (id.equals(ClaimControls.FIX) || id.equals(ClaimSlashCommand.OPEN)) {
                if (Moderators.admit(event, context.settings(), "To tell the moderators a figure is wrong, use "
                        + "\"Report a figure\" below the answer.")) {
                    CorrectionPanel.open(event, moderator.get(), event.getValues().get(0));
                }
            } else if (CorrectionPanel.handles(event) && Moderators.admit(event, context.settings(), "")) {
                CorrectionPanel.choose(event, moderator.get());
            }
        });
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        String id = event.getModalId();
        if (!id.startsWith("tally:")) {
            return;
        }
        Optional<Moderator> moderator = moderator(event);
        if (moderator.isEmpty()) {
            return;
        }
        guarded(event, () -> {
            if (id.startsWith(ReportFlow.OTHER)) {
                ReportFlow.other(event, moderator.get());
            } else if (id.startsWith(CorrectionPanel.FORM) && Moderators.admit(event, context.settings(), "")) {
                CorrectionPanel.submit(event, moderator.get());
            }
        });
    }

    private Optional<Moderator> moderator(IReplyCallback event) {
        Optional<Moderator> moderator = context.tally().moderator();
        if (moderator.isEmpty()) {
            Moderators.refuse(event, "Not available", "This Tally keeps no corrections or reports.");
        }
        return moderator;
    }

    /** A refusal or a failure is told to the person privately, never left unanswered. */
    private static void guarded(IReplyCallback event, Runnable flow) {
        try {
            flow.run();
        } catch (Refusal e) {
            Moderators.refuse(event, "Not done", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} failed", event.getClass().getSimpleName(), e);
            Moderators.refuse(event, "Something went wrong", "Nothing was changed. Try again in a minute; if it keeps "
                    + "failing, tell a moderator.");
        }
    }
}
