package tally.adapter.discord;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import tally.adapter.discord.reply.Markdown;
import tally.app.article.ArticlePreview;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleReport;
import tally.app.article.ArticleSource;

/**
 * What {@code /article} shows and fetches: the private preview, results and refusals as embeds (every line quoted:
 * the text comes from a web page, so markdown is escaped and mentions broken), and the attachment's download.
 */
final class ArticleMessages {

    private static final int PREVIEW_CLAIMS = 10;
    private static final int COLOUR = 0x5865F2;
    private static final int PROBLEM_COLOUR = 0xED4245;

    private ArticleMessages() {
    }

    static MessageEmbed preview(ArticlePreview preview, int keptMinutes) {
        String text = ArticleReport.preview(preview, PREVIEW_CLAIMS);
        return new EmbedBuilder().setTitle("Add this article?").setColor(COLOUR)
                .setDescription(Markdown.shorten(escapeLines(text), MessageEmbed.DESCRIPTION_MAX_LENGTH - 10))
                .setFooter("Only you see this. Nothing is written until you press Add; the preview is kept "
                        + keptMinutes + " minutes.").build();
    }

    /** Line breaks kept, each line quoted (markdown escaped, mentions broken): the text comes from a web page. */
    private static String escapeLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append(line.startsWith("  ") ? "  " : "").append(Markdown.quote(line)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static MessageEditData done(String title, String text) {
        return new MessageEditBuilder().setEmbeds(new EmbedBuilder().setTitle(title).setColor(COLOUR)
                .setDescription(Markdown.shorten(Markdown.quote(text), MessageEmbed.DESCRIPTION_MAX_LENGTH - 10)).build())
                .setComponents(List.of()).build();
    }

    static net.dv8tion.jda.api.utils.messages.MessageCreateData problemCreate(String title, String text) {
        return net.dv8tion.jda.api.utils.messages.MessageCreateData.fromEditData(problem(title, text));
    }

    static MessageEditData problem(String title, String text) {
        return new MessageEditBuilder().setEmbeds(new EmbedBuilder().setTitle(title).setColor(PROBLEM_COLOUR)
                .setDescription(Markdown.shorten(Markdown.quote(text), MessageEmbed.DESCRIPTION_MAX_LENGTH - 10)).build())
                .setComponents(List.of()).build();
    }

    /** The attachment's bytes through JDA's own client (Discord's CDN), read up to {@code max} bytes. */
    static ArticleSource download(Message.Attachment attachment, long max) {
        try (InputStream in = attachment.getProxy().download().get(30, TimeUnit.SECONDS)) {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw new ArticleRefused(ArticleRefused.Reason.TOO_LARGE, "The file is larger than " + max + " bytes.");
            }
            return new ArticleSource.Upload(attachment.getFileName(), bytes);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ArticleRefused(ArticleRefused.Reason.UNREACHABLE, "Tally could not download the attachment ("
                    + e.getClass().getSimpleName() + "); try again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleRefused(ArticleRefused.Reason.UNREACHABLE, "Interrupted while downloading the attachment.", e);
        }
    }

}
