package io.parley;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** One rule for each promise a {@code package-info.java} makes about what its package must not import. */
class PackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.parley");
    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "org.eclipse.microprofile.."};

    @Test
    void modelDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.parley.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.parley.model..", "java..").check(CLASSES);
    }

    @Test
    void extractUsesOnlyModelLexiconAndTheOneNameNormaliserOfParley() {
        classes().that().resideInAPackage("io.parley.extract..").should().onlyDependOnClassesThat(
                        resideOutsideOfPackage("io.parley..")
                                .or(resideInAnyPackage("io.parley.extract..", "io.parley.model..", "io.parley.lexicon.."))
                                .or(type(io.parley.actors.NameForm.class)))
                .check(CLASSES);
    }

    @Test
    void actorsArePureAndSeeOnlyTheModelAndTheLexicon() {
        classes().that().resideInAPackage("io.parley.actors..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.parley.actors..", "io.parley.model..", "io.parley.lexicon..", "java..")
                .check(CLASSES);
    }

    @Test
    void eventsArePureAndSeeOnlyTheModelAndTheActors() {
        classes().that().resideInAPackage("io.parley.events..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.parley.events..", "io.parley.actors..", "io.parley.model..", "io.parley.lexicon..", "java..")
                .check(CLASSES);
    }

    @Test
    void lexiconDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.parley.lexicon..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.parley.lexicon..", "java..").check(CLASSES);
    }

    @Test
    void jsonConfiguresTheContractOnlyForTheModel() {
        classes().that().resideInAPackage("io.parley.json..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.parley.json..", "io.parley.model..", "java..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void aboutImportsOnlyTheExtractorOfParley() {
        noClasses().that().resideInAPackage("io.parley.about..").should().dependOnClassesThat()
                .resideInAnyPackage("io.parley.model..", "io.parley.ingest..", "io.parley.store..", "io.parley.service..",
                        "io.parley.api..", "io.parley.ask..", "io.parley.app..", "io.parley.functions..", "io.parley.cli..")
                .check(CLASSES);
    }

    @Test
    void htmlMainTextDoesNotReachBackIntoIngestNorTheNetwork() {
        noClasses().that().resideInAPackage("io.parley.ingest.html..").should().dependOnClassesThat()
                .resideInAnyPackage("io.parley.ingest", "io.parley.extract..", "java.net..", "software.amazon..")
                .orShould().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void webFilesAreServedWithoutFrameworksAwsOrTheirAdapters() {
        noClasses().that().resideInAPackage("io.parley.web..").should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "io.parley.functions..", "io.parley.cli..")
                .orShould().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void servicesAreFreeOfFrameworksAwsAndTheirCallers() {
        noClasses().that().resideInAPackage("io.parley.service..").should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "io.parley.api..", "io.parley.ask..", "io.parley.app..",
                        "io.parley.functions..", "io.parley.cli..")
                .orShould().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void askNeverSeesTheHttpApiNorTheAdapters() {
        noClasses().that().resideInAPackage("io.parley.ask..").should().dependOnClassesThat()
                .resideInAnyPackage("io.parley.api..", "io.parley.app..", "io.parley.functions..", "io.parley.cli..",
                        "software.amazon..")
                .orShould().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void theQuestionParserTouchesNoStorePortAndNoFiles() {
        noClasses().that().haveSimpleNameStartingWith("QuestionParser").or().haveSimpleName("ParsedQuestion")
                .or().haveSimpleName("DateRange")
                .should().dependOnClassesThat().haveSimpleName("ParleyStore")
                .orShould().dependOnClassesThat().haveSimpleName("FeedStore")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..")
                .check(CLASSES);
    }

    @Test
    void apiIsPlainJavaUnderTheFunctions() {
        noClasses().that().resideInAPackage("io.parley.api..").should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "io.parley.app..", "io.parley.functions..", "io.parley.cli..")
                .orShould().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void theWiringBringsNoFrameworkNorAwsType() {
        noClasses().that().resideInAPackage("io.parley.app..").should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "io.parley.functions..", "io.parley.cli..")
                .orShould().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreSeesDynamoDbItems() {
        noClasses().that().resideOutsideOfPackage("io.parley.store..").should().dependOnClassesThat()
                .resideInAPackage("software.amazon.awssdk.services.dynamodb.model..")
                .check(CLASSES);
    }

    @Test
    void storeAndAwsAdaptersDoNotKnowTheirCallers() {
        noClasses().that().resideInAnyPackage("io.parley.store..", "io.parley.aws..").should().dependOnClassesThat()
                .resideInAnyPackage("io.parley.functions..", "io.parley.cli..", "io.parley.api..", "io.parley.ask..",
                        "io.parley.app..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheFunctionsOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("io.parley.functions..").should().dependOnClassesThat()
                .resideInAPackage("io.parley.functions..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("io.parley.cli..").should().dependOnClassesThat()
                .resideInAPackage("io.parley.cli..").check(CLASSES);
    }

    @Test
    void onlyTheCommandLineStartsLocalServers() {
        noClasses().that().resideOutsideOfPackages("io.parley.cli..", "io.parley.local..").should()
                .dependOnClassesThat().resideInAPackage("io.parley.local..").check(CLASSES);
    }

    @Test
    void evalIsNeverImportedByTheExtractor() {
        noClasses().that().resideInAPackage("io.parley.extract..").should().dependOnClassesThat()
                .resideInAPackage("io.parley.eval..").check(CLASSES);
    }
}
