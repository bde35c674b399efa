/**
 * Moderators keep Tally right: corrections of claims (hide, fix a field) applied at every re-index, the log of every
 * change with undo, members' reports of wrong figures, and the pinned summaries Tally keeps current. What is kept goes
 * through the {@link tally.app.port.ModerationStore} port.
 */
@NullMarked
package tally.app.moderation;

import org.jspecify.annotations.NullMarked;
