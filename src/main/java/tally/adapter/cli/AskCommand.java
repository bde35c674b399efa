package tally.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tally.adapter.command.JsonOption;
import tally.adapter.command.Launcher;
import tally.adapter.command.Locations;
import tally.adapter.command.TallyCommandLine;
import tally.app.Tally;
import tally.app.answer.Answer;
import tally.app.render.TextRenderer;

/**
 * {@code tally ask [--corpus DIR] [--data DIR] [--config DIR] [--json] QUESTION...}: one answer on standard output,
 * as text or as the JSON contract; the words of an unquoted question are joined with spaces.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Answer a question from the corpus: the competing figures, who claims each, when, and where.")
public final class AskCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Locations where = new Locations();

    @Mixin
    private JsonOption format = new JsonOption();

    @Parameters(paramLabel = "QUESTION", arity = "0..*",
            description = "the question (quote it, or not); after --, a question may start with a dash")
    private List<String> words = new ArrayList<>();

    private final Launcher launcher;

    public AskCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        String question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "ask needs a question, e.g. ask \"How many North Korean soldiers died?\"");
        }
        Tally tally = Warnings.open(where, launcher, spec.commandLine().getErr());
        spec.commandLine().getOut().println(printed(tally.ask(question), format.json()));
        return TallyCommandLine.OK;
    }

    /** An answer as the commands print it: its text, or with --json the contract's object with that text in it. */
    static String printed(Answer answer, boolean json) {
        String text = new TextRenderer().render(answer);
        return json ? JsonContract.write(JsonContract.answer(answer, text)) : text.stripTrailing();
    }
}
