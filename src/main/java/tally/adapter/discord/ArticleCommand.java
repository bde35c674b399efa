package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import tally.adapter.discord.reply.Markdown;
import tally.app.ArticleInfo;
import tally.app.article.ArticleAdded;
import tally.app.article.ArticleCurator;
import tally.app.article.ArticlePreview;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRemoved;
import tally.app.article.ArticleReport;
import tally.app.article.ArticleSource;

/**
 * {@code /article add} (a {@code .txt}/{@code .html}/{@code .htm} attachment or a link) and {@code /article remove},
 * for moderators only (Manage Messages or a role of {@code moderatorRoles}); everyone else gets a private refusal.
 * {@code add} shows a private preview with Add and Cancel buttons; nothing is written until Add. A preview is kept
 * for {@value #PREVIEW_MINUTES} minutes, for the moderator who made it only.
 */
final class ArticleCommand implements SlashCommand {

    static final String BUTTON = "article:";
    static final int PREVIEW_MINUTES = 15;
    /** Discord's own attachment limit for bots is far above this; the reader's limit applies below it. */
    static final long MAX_ATTACHMENT_BYTES = 50_000_000;

    private final BotContext context;
    private final ArticleCurator curator;
    private final Cache<String, Pending> pending;
    private final SecureRandom random = new SecureRandom();

    private record Pending(long userId, ArticlePreview preview) {
    }

    ArticleCommand(BotContext context, ArticleCurator curator, Ticker ticker) {
        this.context = context;
        this.curator = curator;
        this.pending = Caffeine.newBuilder().ticker(ticker).maximumSize(1_000)
                .expireAfterWrite(PREVIEW_MINUTES, TimeUnit.MINUTES).build();
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("article", "Moderators: add an article to the corpus, or remove one")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE))
                .addSubcommands(
                        new SubcommandData("add", "Preview an article (a .txt/.html file or a link), then add it")
                                .addOption(OptionType.ATTACHMENT, "file", "the article as a .txt, .html or .htm file")
                                .addOption(OptionType.STRING, "link", "the article's address (http or https)"),
                        new SubcommandData("remove", "Move an article out of the corpus, with a reason")
                                .addOptions(new OptionData(OptionType.STRING, "file", "the article's file name", true, true),
                                        new OptionData(OptionType.STRING, "reason", "why it is removed", true)
                                                .setMaxLength(ArticleCurator.MAX_REASON_CHARS)));
    }

    @Override
    public void onSlashCommand(SlashCommandInteractionEvent event) {
        if (event.getMember() == null) {
            BotContext.refuse(event, "Only in a server", "Run /article in a server channel.");
            return;
        }
        if (!Moderators.includes(event.getMember(), context.settings())) {
            BotContext.refuse(event, "Moderators only", Moderators.who(context.settings())
                    + " may add or remove articles. To suggest one, post its link and ask a moderator.");
            return;
        }
        if ("remove".equals(event.getSubcommandName())) {
            remove(event);
        } else {
            add(event);
        }
    }

    private void add(SlashCommandInteractionEvent event) {
        OptionMapping file = event.getOption("file");
        OptionMapping link = event.getOption("link");
        if ((file == null) == (link == null)) {
            BotContext.refuse(event, "A file or a link", "Give either a file (file:) or a link (link:), not both.");
            return;
        }
        Message.Attachment attachment = file == null ? null : file.getAsAttachment();
        if (attachment != null && !List.of("txt", "html", "htm").contains(extension(attachment.getFileName()))) {
            BotContext.refuse(event, "Not an article file", "Attach a .txt, .html or .htm file, not "
                    + Markdown.quote(attachment.getFileName()) + ".");
            return;
        }
        if (attachment != null && attachment.getSize() > MAX_ATTACHMENT_BYTES) {
            BotContext.refuse(event, "File too large", "Tally reads files up to " + MAX_ATTACHMENT_BYTES + " bytes.");
            return;
        }
        // Fetching and reading can take seconds: acknowledge first, privately.
        event.deferReply(true).queue(null, Failures.log("acknowledge /article add"));
        MessageEditData reply;
        try {
            ArticleSource source = attachment != null ? ArticleMessages.download(attachment, MAX_ATTACHMENT_BYTES) : new ArticleSource.Link(link.getAsString());
            ArticlePreview preview = curator.preview(source);
            String token = HexFormat.of().formatHex(bytes());
            pending.put(token, new Pending(event.getUser().getIdLong(), preview));
            reply = new MessageEditBuilder().setEmbeds(ArticleMessages.preview(preview, PREVIEW_MINUTES)).setComponents(ActionRow.of(
                    Button.success(BUTTON + "add:" + token, "Add"), Button.secondary(BUTTON + "cancel:" + token, "Cancel")))
                    .build();
        } catch (ArticleRefused e) {
            reply = ArticleMessages.problem("Not added", e.getMessage());
        }
        event.getHook().editOriginal(reply).queue(null, Failures.log("show the /article add preview"));
    }

    private void remove(SlashCommandInteractionEvent event) {
        String file = event.getOption("file", "", OptionMapping::getAsString);
        String reason = event.getOption("reason", "", OptionMapping::getAsString);
        event.deferReply(true).queue(null, Failures.log("acknowledge /article remove"));
        MessageEditData reply;
        try {
            ArticleRemoved removed = curator.remove(file, reason, who(event.getUser().getName(), event.getUser().getId()));
            reply = ArticleMessages.done("Article removed", ArticleReport.removed(removed));
        } catch (ArticleRefused e) {
            reply = ArticleMessages.problem("Not removed", e.getMessage());
        }
        event.getHook().editOriginal(reply).queue(null, Failures.log("answer /article remove"));
    }

    /** Add or Cancel on a preview: only its moderator's own, and only while it is kept. */
    @Override
    public boolean onButton(ButtonInteractionEvent event) {
        String[] parts = event.getComponentId().split(":");
        if (!event.getComponentId().startsWith(BUTTON) || parts.length != 3) {
            return false;
        }
        handle(event, parts);
        return true;
    }

    private void handle(ButtonInteractionEvent event, String[] parts) {
        Pending p = pending.getIfPresent(parts[2]);
        if (p != null && p.userId() != event.getUser().getIdLong()) {
            event.reply(ArticleMessages.problemCreate("Not your preview", "Only the moderator who made this preview can add it."))
                    .setEphemeral(true).queue(null, Failures.log("refuse another member's click"));
            return;
        }
        if (p == null) {
            event.editMessage(ArticleMessages.problem("Preview expired", "This preview is no longer kept (after " + PREVIEW_MINUTES
                    + " minutes, or after Add or Cancel). Run /article add again.")).queue(null, Failures.log("expire an article preview"));
            return;
        }
        pending.invalidate(parts[2]);
        if (parts[1].equals("cancel")) {
            event.editMessage(ArticleMessages.done("Not added", "Nothing was written; the article is not in the corpus."))
                    .queue(null, Failures.log("cancel an article preview"));
            return;
        }
        event.deferEdit().queue(null, Failures.log("acknowledge Add"));
        MessageEditData reply;
        try {
            ArticleAdded added = curator.add(p.preview(), who(event.getUser().getName(), event.getUser().getId()));
            reply = added.refreshError() == null ? ArticleMessages.done("Article added", ArticleReport.added(added))
                    : ArticleMessages.problem("Added, not yet indexed", ArticleReport.added(added));
        } catch (ArticleRefused e) {
            reply = ArticleMessages.problem("Not added", e.getMessage());
        }
        event.getHook().editOriginal(reply).queue(null, Failures.log("answer Add"));
    }

    @Override
    public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        List<Command.Choice> choices = context.tally().articles().stream().map(ArticleInfo::file)
                .filter(f -> f.toLowerCase(Locale.ROOT).contains(typed)).limit(25)
                .map(f -> new Command.Choice(f.length() > 100 ? f.substring(0, 100) : f, f)).toList();
        event.replyChoices(choices).queue(null, Failures.log("suggest articles"));
    }

    private static String who(String name, String id) {
        return "Discord user " + name + " (" + id + ")";
    }

    private byte[] bytes() {
        byte[] token = new byte[12];
        random.nextBytes(token);
        return token;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
