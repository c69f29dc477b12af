package id.sinergi.platform.rest;

import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.error.ProblemTypes;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * Every problem has a {@code type}, also those the framework makes itself: a Bean Validation
 * failure (400 with {@code violations}) is {@code validation-failed}, a role the token lacks for
 * an operation ({@code @RolesAllowed}, 403) is {@code forbidden}, and any other answer without one
 * gets {@code http-<status>}. An integrator can then branch on {@code type} alone. Asked for
 * Indonesian, their English title and detail give way to the type's standard texts.
 */
@ApplicationScoped
public class ProblemTypeDefaults implements ProblemPostProcessor {

    void register(@Observes StartupEvent start) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
            return problem;
        }
        String slug = typeFor(problem);
        Locale language = RequestLanguage.current();
        HttpProblem.Builder typed = HttpProblem.builder(problem).withType(ProblemTypes.uri(slug));
        ProblemReplies.languageHeaders(language).forEach(typed::withHeader);
        if (!language.equals(ProblemTexts.ENGLISH)) {
            // The framework's own texts are English; the type's standard texts replace them.
            typed.withTitle(ProblemTexts.title(slug, language));
            if (problem.getDetail() != null) {
                ProblemTexts.find(slug + ".detail", language).ifPresent(typed::withDetail);
            }
        }
        return typed.build();
    }

    static String typeFor(HttpProblem problem) {
        int status = problem.getStatusCode();
        if (status == 400 && problem.getParameters().containsKey("violations")) {
            return ProblemTypes.VALIDATION_FAILED;
        }
        if (status == 403) {
            return ProblemTypes.FORBIDDEN;
        }
        if (status == 401) {
            return ProblemTypes.UNAUTHORIZED;
        }
        if (status == 404) {
            return ProblemTypes.NOT_FOUND;
        }
        return ProblemTypes.forStatus(status);
    }
}
