/**
 * Moderators keep the corpus: an article (a text file, a web page, a link) is read into a draft, previewed with the
 * claims Tally finds in it, refused when the corpus already has it, written atomically and picked up by the live
 * index; a removed article is moved aside with its reason, never deleted.
 */
@NullMarked
package tally.app.article;

import org.jspecify.annotations.NullMarked;
