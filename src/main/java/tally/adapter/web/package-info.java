/**
 * Articles from the web: a link fetched safely (http and https only, never this machine or a private network, checked
 * at every redirect, with size and time limits), and an HTML page or text file turned into a corpus article (jsoup for
 * the page, Readability for its main text, the header filled only from what the page states).
 */
@NullMarked
package tally.adapter.web;

import org.jspecify.annotations.NullMarked;
