/** The benchmark command: ingest, restart, answer latency, burst, memory and extraction accuracy in one run. */
@NullMarked
package tally.adapter.bench;

import org.jspecify.annotations.NullMarked;
