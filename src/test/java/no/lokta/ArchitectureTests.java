package no.lokta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.GeneralCodingRules;
import no.lokta.platform.web.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of ARCHITECTURE.md that the compiler does not check. */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("no.lokta");

    @Test
    void pageControllersLiveInWebPackagesOrPlatform() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .resideInAnyPackage("..web..", "no.lokta.platform..")
                .check(MAIN);
    }

    @Test
    void jsonControllersLiveInApiPackages() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAnyPackage("..api..")
                .check(MAIN);
    }

    @Test
    void controllersAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void webAndApiUseTheModuleFacadeNotRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(MAIN);
    }

    @Test
    void repositoriesAreModuleInternal() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void domainDoesNotDependOnWebLayer() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "no.lokta.member",
                        "no.lokta.people",
                        "no.lokta.finance",
                        "no.lokta.network",
                        "no.lokta.programme")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "no.lokta.member.web..",
                        "no.lokta.member.api..",
                        "no.lokta.people.web..",
                        "no.lokta.people.api..",
                        "no.lokta.finance.web..",
                        "no.lokta.finance.api..",
                        "no.lokta.network.web..",
                        "no.lokta.network.api..",
                        "no.lokta.programme.web..",
                        "no.lokta.programme.api..")
                .check(MAIN);
    }

    @Test
    void notFoundExceptionsExtendThePlatformOne() {
        classes()
                .that()
                .haveSimpleNameEndingWith("NotFound")
                .and()
                .doNotHaveFullyQualifiedName(NotFound.class.getName())
                .should()
                .beAssignableTo(NotFound.class)
                .check(MAIN);
    }

    @Test
    void noFieldInjectionInTheApplication() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(MAIN);
    }

    @Test
    void noStandardStreamsOrGenericExceptions() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MAIN);
    }
}
