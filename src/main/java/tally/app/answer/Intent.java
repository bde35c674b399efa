package tally.app.answer;

/** What kind of answer a question wants, read from its wording ({@code config/questions.json}, "intents"). */
public enum Intent {
    /** The competing figures: the default. */
    LIST,
    /** Each claimant's newest figure per measure, newest first ("latest", "most recent"). */
    LATEST,
    /** Each claimant's first dated figure per measure, oldest first ("the first figure", "earliest", "initially"). */
    EARLIEST,
    /** Two or more sources side by side, per measure ("compare what Zelensky and South Korea say"). */
    COMPARE,
    /** Who gives the highest figure, among comparable totals ("who gives the highest number?"). */
    HIGHEST,
    /** Who gives the lowest figure, among comparable totals. */
    LOWEST,
    /** Which claims state a number the question names, and what they count ("did 10,000 die?"). Never yes or no. */
    CHECK,
    /** The figures side by side with what differs between them: claimant, date, measure, scope ("why do they differ?"). */
    WHY_DIFFER,
    /**
     * Which named claimants changed their own total for a measure, and from what to what ("has anyone revised their
     * figure?", "did Zelensky change his estimate?"); the figures follow as in a listing.
     */
    REVISIONS
}
