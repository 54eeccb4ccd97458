package dev.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Modulith does not check: the shape inside a module. Repositories stay inside their module, controllers
 * live in its {@code web} package, and the domain knows nothing of HTTP, so a refusal is a {@code shared.Refusal}
 * that only {@code shared.web} turns into a status.
 */
class ArchitectureTests {

    private static final JavaClasses TANDEM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem");

    @Test
    void repositoriesAreNotPublic() {
        check(classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notBePublic()
                .because("other modules read through the module's service or facts, never its tables"));
    }

    @Test
    void controllersLiveInTheirModulesWebPackageAndAreNotPublic() {
        check(classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("dev.tandem.*.web..")
                .andShould()
                .notBePublic()
                .because("pages and API of a module are its own, reached through HTTP only"));
    }

    @Test
    void theDomainKnowsNothingOfHttp() {
        // identity is the security module: its filters and handlers are the web edge by nature.
        check(noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "dev.tandem.identity")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "jakarta.servlet..")
                .because("rules refuse with a shared.Refusal; shared.web maps it to a status"));
    }

    @Test
    void onlyTheWebEdgeUsesSharedWeb() {
        check(noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "dev.tandem.identity")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.tandem.shared.web..")
                .because("services and aggregates are called from pages, the API, jobs and tests alike"));
    }

    @Test
    void noControllerReadsTheHtmxOrIfMatchHeaderByHand() {
        check(methods()
                .that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("dev.tandem.shared.web..")
                .should(
                        new ArchCondition<JavaMethod>(
                                "not take the HX-Request or If-Match header as a @RequestHeader") {
                            @Override
                            public void check(JavaMethod method, ConditionEvents events) {
                                for (JavaParameter parameter : method.getParameters()) {
                                    parameter
                                            .tryGetAnnotationOfType(RequestHeader.class.getName())
                                            .ifPresent(header -> {
                                                Stream.of("name", "value")
                                                        .flatMap(attribute -> header.get(attribute).stream())
                                                        .map(Object::toString)
                                                        .filter(name -> Stream.of("HX-Request", "If-Match")
                                                                .anyMatch(name::equalsIgnoreCase))
                                                        .forEach(name -> events.add(SimpleConditionEvent.violated(
                                                                method,
                                                                method.getFullName() + " reads " + name + " by hand")));
                                            });
                                }
                            }
                        })
                .because("pages take shared.web.Htmx and API writes shared.web.IfMatch as a handler parameter: one "
                        + "idiom, resolved and described in one place"));
    }

    private static void check(ArchRule rule) {
        rule.check(TANDEM);
    }
}
