package id.sinergi.platform.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one direction of every service, REST → service → domain, as rules a service's test checks
 * on its own production classes:
 * <ul>
 *   <li>nothing below the REST layer ({@code service}, {@code domain}, {@code command},
 *       {@code consumer}, {@code event}, {@code config}) uses anything in {@code rest} (requests a
 *       service accepts are commands beside it, not REST types);</li>
 *   <li>nothing in {@code domain} uses {@code service} or {@code consumer};</li>
 *   <li>the domain and the commands use no HTTP types or problems;</li>
 *   <li>a view ({@code rest..*View}) uses no CDI bean: it maps what a service returned;</li>
 *   <li>nothing reads the machine's clock or zone ({@code LocalDate.now()}, {@code Instant.now()},
 *       {@code ZoneId.systemDefault()}, …): now and today come from {@code FacilityClock}, in the
 *       facility's zone and from a clock tests can set.</li>
 * </ul>
 * Packages are matched below the service's base package (for example {@code id.sinergi.liaison}),
 * so the platform's packages and libraries named like them do not count.
 *
 * <pre>{@code
 * @Test
 * void layersPointOneWay() {
 *     Architecture.check("id.sinergi.liaison");
 * }
 * }</pre>
 */
public final class Architecture {

    /** Reads of the machine's clock or default zone, as owner.method. */
    private static final Set<String> MACHINE_CLOCK = Set.of(
            "java.time.LocalDate.now", "java.time.LocalDateTime.now", "java.time.LocalTime.now",
            "java.time.OffsetDateTime.now", "java.time.ZonedDateTime.now", "java.time.Instant.now",
            "java.time.Year.now", "java.time.YearMonth.now", "java.time.ZoneId.systemDefault",
            "java.time.Clock.systemDefaultZone", "java.time.Clock.systemUTC", "java.util.TimeZone.getDefault");

    private static final DescribedPredicate<JavaMethodCall> READS_THE_MACHINE_CLOCK = DescribedPredicate.describe(
            "read the machine's clock or zone (LocalDate.now(), OffsetDateTime.now(), Instant.now(), ZoneId.systemDefault(), ...)",
            call -> MACHINE_CLOCK.contains(call.getTargetOwner().getName() + "." + call.getName()));

    private Architecture() {
    }

    /** Checks the service's production classes; fails with every violation of every rule, class by class. */
    public static void check(String basePackage) {
        check(productionClasses(basePackage), basePackage);
    }

    /** Checks the given classes of the service under {@code basePackage}. */
    public static void check(JavaClasses classes, String basePackage) {
        List<String> failures = rules(basePackage).stream()
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.toList());
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join(System.lineSeparator(), failures));
        }
    }

    /** The rules for the service under {@code basePackage}. */
    public static List<ArchRule> rules(String basePackage) {
        return List.of(
                noClasses().that().resideInAnyPackage(
                                basePackage + "..service..", basePackage + "..domain..", basePackage + "..command..",
                                basePackage + "..consumer..", basePackage + "..event..", basePackage + "..config..")
                        .should().dependOnClassesThat().resideInAPackage(basePackage + "..rest..")
                        .because("REST → service → domain: requests a service accepts live beside it (command), "
                                + "and views are built from what services return"),
                noClasses().that().resideInAPackage(basePackage + "..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                basePackage + "..service..", basePackage + "..consumer..")
                        .because("the domain knows nothing of the services that use it"),
                noClasses().that().resideInAnyPackage(basePackage + "..domain..", basePackage + "..command..")
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "id.sinergi.platform.error..")
                        .because("the domain and the commands speak the domain's language; HTTP answers are the edge's"),
                noClasses().that().resideInAPackage(basePackage + "..rest..").and().haveSimpleNameEndingWith("View")
                        .should().dependOnClassesThat().areAnnotatedWith(ApplicationScoped.class)
                        .because("a view maps what a service returned and never calls a service (no query per item)"),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().callMethodWhere(READS_THE_MACHINE_CLOCK)
                        .because("every date rule is of the facility's calendar: now and today come from FacilityClock "
                                + "(sinergi.facility.zone), whatever the container's zone, and tests can set its clock"));
    }

    /** The classes of the service's main code, without its tests. */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }
}
