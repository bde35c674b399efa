package tally;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inwards: model <- app <- core implementations <- adapters <- bootstrap. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tally");
    }

    @Test
    void theModelDependsOnNothingElseInTally() {
        noClasses().that().resideInAPackage("tally.model..")
                .should().dependOnClassesThat().resideInAnyPackage("tally.app..", "tally.config..", "tally.corpus..",
                        "tally.extract..", "tally.index..", "tally.adapter..", "tally.bootstrap..")
                .check(classes);
    }

    @Test
    void theCoreKnowsNothingOfAdaptersOrDiscord() {
        noClasses().that().resideInAnyPackage("tally.model..", "tally.app..", "tally.config..", "tally.corpus..",
                        "tally.extract..", "tally.index..")
                .should().dependOnClassesThat().resideInAnyPackage("tally.adapter..", "tally.bootstrap..",
                        "net.dv8tion..")
                .check(classes);
    }

    @Test
    void theApplicationLayerDependsOnPortsNotOnTheirImplementations() {
        noClasses().that().resideInAPackage("tally.app..")
                .should().dependOnClassesThat().resideInAnyPackage("tally.extract..", "tally.index..", "tally.corpus..",
                        "org.apache.lucene..")
                .check(classes);
    }

    /** Except on tally.adapter.command: the command line's shared options, exit codes and launcher port. */
    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().matching("tally.adapter.(*)..").should().notDependOnEachOther()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("tally.adapter.."),
                        JavaClass.Predicates.resideInAPackage("tally.adapter.command.."))
                .check(classes);
    }

    @Test
    void theSharedCommandLineKitDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("tally.adapter.command..")
                .should().dependOnClassesThat().resideInAnyPackage("tally.adapter.cli..", "tally.adapter.discord..",
                        "tally.adapter.bench..", "tally.adapter.gen..", "tally.bootstrap..")
                .check(classes);
    }

    @Test
    void onlyAdaptersAndMainKnowTheCommandLineLibrary() {
        noClasses().that().resideOutsideOfPackages("tally.adapter..", "tally")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void onlyTheDiscordAdapterImportsJda() {
        noClasses().that().resideOutsideOfPackages("tally.adapter.discord..", "tally.bootstrap..", "tally")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(classes);
    }
}
