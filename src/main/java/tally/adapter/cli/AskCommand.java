package tally.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import tally.adapter.command.Launcher;
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
public final class AskCommand extends CorpusReading {

    @Parameters(paramLabel = "QUESTION", arity = "0..*",
            description = "the question (quote it, or not); after --, a question may start with a dash")
    private List<String> words = new ArrayList<>();

    public AskCommand(Launcher launcher) {
        super(launcher);
    }

    @Override
    public Integer call() {
        String question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "ask needs a question, e.g. ask \"How many North Korean soldiers died?\"");
        }
        Tally tally = open();
        print(printed(tally.ask(question), json()));
        return TallyCommandLine.OK;
    }

    /** An answer as the commands print it: its text, or with --json the contract's object with that text in it. */
    static String printed(Answer answer, boolean json) {
        String text = new TextRenderer().render(answer);
        return json ? JsonContract.write(JsonContract.answer(answer, text)) : text.stripTrailing();
    }
}
