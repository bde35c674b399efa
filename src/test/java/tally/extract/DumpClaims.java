package tally.extract;

import java.nio.file.Path;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;

/** Prints what the extractor finds in a folder; a developer's tool, run with -Dtest=DumpClaims. */
class DumpClaims {
    @org.junit.jupiter.api.Test
    void dump() {
        String dir = System.getProperty("dump.dir", "corpus");
        AnalyzedCorpus c = RuleBasedExtraction.fromConfig(Path.of("config")).analyze(TestArticles.folder(Path.of(dir)));
        c.articles().forEach(a -> System.out.println("ARTICLE " + a.file() + " published=" + a.published()));
        for (Claim cl : c.claims()) {
            System.out.printf("%-18s %-22s low=%s high=%s q=%s | %s%s | %s %s%n", cl.metric().id(), "'" + cl.figure().text() + "'",
                    cl.figure().low(), cl.figure().high(), cl.figure().qualifier(), cl.claimant().id(),
                    cl.relayedBy() == null ? "" : " via " + cl.relayedBy().id(), cl.claimDate().iso(), cl.claimDate().basis());
            cl.sources().forEach(s -> System.out.println("      " + s.file() + ": " + s.quote()));
        }
    }
}
