package tally.adapter.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Markdown;
import tally.adapter.discord.reply.ReplyField;
import tally.adapter.discord.reply.ReplyPage;

/** The thin mapping from reply pages to JDA messages. Every message built here has its allowed mentions emptied. */
final class Embeds {
    static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);
    static final String PAGE_BUTTON = "tally:page:";
    private static final int PROBLEM_COLOUR = 0xC0392B;
    private static final int REPLY_COLOUR = 0x4F6D7A;

    private Embeds() {
    }

    static MessageEmbed embed(ReplyPage page, boolean problem) {
        EmbedBuilder embed = new EmbedBuilder().setColor(problem ? PROBLEM_COLOUR : REPLY_COLOUR);
        if (!page.title().isEmpty()) {
            embed.setTitle(page.title());
        }
        if (!page.description().isEmpty()) {
            embed.setDescription(page.description());
        }
        for (ReplyField field : page.fields()) {
            embed.addField(field.name(), field.value(), false);
        }
        if (!page.footer().isEmpty()) {
            embed.setFooter(page.footer());
        }
        return embed.build();
    }

    /** Page {@code index} of the plan, with Previous/Next buttons when there is more than one page. */
    static MessageCreateData create(EmbedPlan plan, int index, @Nullable String pagerId) {
        MessageCreateBuilder message = new MessageCreateBuilder().setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false)
                .setEmbeds(embed(plan.page(index), plan.problem()));
        if (pagerId != null && plan.size() > 1) {
            message.setComponents(buttons(pagerId, index, plan.size()));
        }
        return message.build();
    }

    static MessageEditData edit(EmbedPlan plan, int index, @Nullable String pagerId) {
        MessageEditBuilder message = new MessageEditBuilder().setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false)
                .setEmbeds(embed(plan.page(index), plan.problem()));
        if (pagerId != null && plan.size() > 1) {
            message.setComponents(buttons(pagerId, index, plan.size()));
        }
        return message.build();
    }

    /** Page {@code index} of a plain-text reply (see {@link PlainText}), with Previous/Next when there are more. */
    static MessageCreateData createText(List<String> pages, int index, @Nullable String pagerId) {
        MessageCreateBuilder message = new MessageCreateBuilder().setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false)
                .setContent(pages.get(index));
        if (pagerId != null && pages.size() > 1) {
            message.setComponents(buttons(pagerId, index, pages.size()));
        }
        return message.build();
    }

    static MessageEditData editText(List<String> pages, int index, @Nullable String pagerId) {
        MessageEditBuilder message = new MessageEditBuilder().setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false)
                .setContent(pages.get(index));
        if (pagerId != null && pages.size() > 1) {
            message.setComponents(buttons(pagerId, index, pages.size()));
        }
        return message.build();
    }

    static MessageEditData text(String content) {
        String bounded = Markdown.shorten(content, Message.MAX_CONTENT_LENGTH);
        return new MessageEditBuilder().setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false).setContent(bounded).build();
    }

    static List<ActionRow> buttons(String pagerId, int index, int size) {
        return List.of(ActionRow.of(
                Button.secondary(PAGE_BUTTON + pagerId + ":" + (index - 1), "Previous").withDisabled(index == 0),
                Button.secondary(PAGE_BUTTON + pagerId + ":" + (index + 1), "Next").withDisabled(index == size - 1)));
    }
}
