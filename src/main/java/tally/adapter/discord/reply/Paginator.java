package tally.adapter.discord.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a reply into pages within Discord's embed limits. Entries are never split: a field ends before an entry that
 * would not fit, and a page before a field that would not fit. Every page carries the footer (the caveat).
 */
public final class Paginator {
    /** Room left in the footer for "Page 12 of 34". */
    private static final int PAGE_LABEL_ROOM = 24;
    private static final String CONTINUED = " (continued)";

    private final int maxFieldsPerPage;

    public Paginator(int maxFieldsPerPage) {
        if (maxFieldsPerPage < 1 || maxFieldsPerPage > ReplyPage.FIELD_COUNT_LIMIT) {
            throw new IllegalArgumentException("fields per page must be 1.." + ReplyPage.FIELD_COUNT_LIMIT);
        }
        this.maxFieldsPerPage = maxFieldsPerPage;
    }

    public EmbedPlan paginate(String title, String description, List<Section> sections, String footer) {
        String safeTitle = Markdown.shorten(title, ReplyPage.TITLE_LIMIT);
        String safeDescription = Markdown.shorten(description, ReplyPage.DESCRIPTION_LIMIT);
        String safeFooter = Markdown.shorten(footer, ReplyPage.FOOTER_LIMIT - PAGE_LABEL_ROOM);
        List<ReplyField> fields = new ArrayList<>();
        for (Section section : sections) {
            fields.addAll(fields(section));
        }
        List<List<ReplyField>> pages = new ArrayList<>();
        List<ReplyField> current = new ArrayList<>();
        int fixed = safeTitle.length() + safeDescription.length() + safeFooter.length() + PAGE_LABEL_ROOM;
        int used = fixed;
        for (ReplyField field : fields) {
            if (!current.isEmpty() && (current.size() == maxFieldsPerPage || used + field.length() > ReplyPage.TOTAL_LIMIT)) {
                pages.add(current);
                current = new ArrayList<>();
                used = fixed;
            }
            current.add(field);
            used += field.length();
        }
        pages.add(current);
        List<ReplyPage> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String pageFooter = pages.size() == 1 ? safeFooter : safeFooter + "\nPage " + (i + 1) + " of " + pages.size();
            // Later pages repeat the title but not the introduction, leaving room for figures.
            result.add(new ReplyPage(safeTitle, i == 0 ? safeDescription : "", pages.get(i), pageFooter));
        }
        return EmbedPlan.of(result);
    }

    private static List<ReplyField> fields(Section section) {
        String heading = Markdown.shorten(section.heading(), ReplyField.NAME_LIMIT - CONTINUED.length());
        List<ReplyField> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (String raw : section.entries()) {
            String entry = Markdown.shorten(raw, ReplyField.VALUE_LIMIT);
            if (value.length() > 0 && value.length() + 1 + entry.length() > ReplyField.VALUE_LIMIT) {
                fields.add(new ReplyField(fields.isEmpty() ? heading : heading + CONTINUED, value.toString()));
                value.setLength(0);
            }
            if (value.length() > 0) {
                value.append('\n');
            }
            value.append(entry);
        }
        if (value.length() > 0) {
            fields.add(new ReplyField(fields.isEmpty() ? heading : heading + CONTINUED, value.toString()));
        }
        return fields;
    }
}
