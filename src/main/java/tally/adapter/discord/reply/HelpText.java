package tally.adapter.discord.reply;

import java.util.List;

/** The text of /help: what Tally does, its commands, and where its figures come from. */
final class HelpText {
    static final String ABOUT = """
            Tally answers questions about North Korean troops fighting for Russia in the war on Ukraine: how many \
            were sent, killed, wounded or captured. It never picks a winner: it lists the competing figures, each \
            with who claims it, when, and which article reports it, in the source's own words.""";

    private HelpText() {
    }

    static List<Section> sections() {
        return List.of(
                new Section("Commands", List.of(
                        "/ask question: — the competing figures for a question",
                        "/figures metric: claimant: since: — look up the claims themselves",
                        "/timeline metric: claimant: — a chart of one measure's competing figures over time",
                        "/summary pin: — moderators: post (and pin) a summary of all figures",
                        "/article add file: | link: — moderators: preview an article, then add it; /article remove file: reason:",
                        "/sources — the articles Tally reads; /source article: — one article's claims",
                        "Mention Tally in a message to ask in chat.")),
                new Section("Where the figures come from", List.of(
                        "Every figure is quoted from a news article in Tally's corpus and attributed to the party that "
                                + "claims it. None is verified: governments and agencies on each side have reasons to "
                                + "raise or lower them.")));
    }
}
