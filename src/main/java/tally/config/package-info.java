/** Settings and lexicons read from config/, validated at start with errors that name the file and line. */
@NullMarked
package tally.config;

import org.jspecify.annotations.NullMarked;
