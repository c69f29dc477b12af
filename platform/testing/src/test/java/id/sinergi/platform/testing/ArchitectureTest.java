package id.sinergi.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The layering rules against two tiny services: one that keeps them, one that breaks each. */
class ArchitectureTest {

    private static final String FIXTURE = "id.sinergi.platform.testing.fixture";

    /** The fixture lives in test classes, which {@link Architecture#check(String)} leaves out on purpose. */
    private static JavaClasses fixture() {
        return new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void aServiceThatPointsOneWayPasses() {
        assertThatCode(() -> Architecture.check(fixture(), FIXTURE + ".good")).doesNotThrowAnyException();
    }

    @Test
    void everyViolationIsNamed() {
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> Architecture.check(fixture(), FIXTURE + ".bad"));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage())
                .contains("bad.service.Things").contains("bad.rest.ThingRequest")
                .contains("bad.command.Rename")
                .contains("bad.domain.Thing");
    }

    @Test
    void eachRuleCatchesItsOwnViolation() {
        var rules = Architecture.rules(FIXTURE + ".bad");
        JavaClasses classes = fixture();

        assertThat(rules).hasSize(5);
        assertThat(rules.get(0).evaluate(classes).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("bad.service.Things") && line.contains("bad.rest.ThingRequest"))
                .anyMatch(line -> line.contains("bad.command.Rename") && line.contains("bad.rest.ThingRequest"));
        assertThat(rules.get(1).evaluate(classes).getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(line -> line.contains("bad.domain.Thing") && line.contains("bad.service.Things"));
        assertThat(rules.get(2).evaluate(classes).getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(line -> line.contains("bad.command.Rename") && line.contains("platform.error.Problems"));
        assertThat(rules.get(3).evaluate(classes).getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(line -> line.contains("bad.rest.ThingView") && line.contains("bad.service.Things"));
        assertThat(rules.get(4).evaluate(classes).getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(line -> line.contains("bad.service.Things.today()") && line.contains("LocalDate.now()"));
    }

    @Test
    void packagesOutsideTheServiceDoNotCount() {
        // good.service uses elsewhere.rest: a "rest" package, but not the service's own.
        assertThat(Architecture.rules(FIXTURE + ".good").get(0).evaluate(fixture()).hasViolation()).isFalse();
    }
}
