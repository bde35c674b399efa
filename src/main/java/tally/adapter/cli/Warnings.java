package tally.adapter.cli;

import java.io.PrintWriter;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.app.Tally;
import tally.model.LoadProblem;

/** Opening Tally for a one-shot command: files that could not be used are warnings on standard error, not failures. */
final class Warnings {

    private Warnings() {
    }

    static Tally open(Locations where, Launcher launcher, PrintWriter err) {
        Tally tally = where.open(launcher);
        for (LoadProblem problem : tally.problems()) {
            err.println("warning: " + problem);
        }
        return tally;
    }
}
