package id.sinergi.program.service;

import id.sinergi.platform.error.Problem;
import id.sinergi.platform.text.Part;
import id.sinergi.platform.error.Problems;
import id.sinergi.program.domain.KnownInmate;
import id.sinergi.program.domain.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who may take part, decided from program-service's own read model of inmates (never by asking
 * inmate-service): a WBP it has heard of, of the programme's facility, still in custody, of a register
 * class and risk level the programme accepts. A refusal is a 422 {@code inmate-not-eligible} whose {@code reasons} say why.
 */
@ApplicationScoped
public class Eligibility {

    public static final String UNKNOWN_INMATE = "UNKNOWN_INMATE";
    public static final String NOT_IN_CUSTODY = "NOT_IN_CUSTODY";
    public static final String REGISTER_CLASS = "REGISTER_CLASS";
    public static final String RISK_LEVEL = "RISK_LEVEL";

    @Inject
    EntityManager entityManager;

    public KnownInmate require(Programme programme, UUID inmateId) {
        KnownInmate inmate = entityManager.find(KnownInmate.class, inmateId);
        // A WBP of another facility is outside the scope of the programme's staff: answered as one never heard of.
        if (inmate == null || !programme.facility.equals(inmate.facility)) {
            throw notEligible(inmateId, List.of(UNKNOWN_INMATE), Problems.problem(422, "inmate-not-eligible.unknown",
                    inmateId, programme.facility));
        }
        List<String> reasons = new ArrayList<>();
        List<Part> details = new ArrayList<>();
        if (!inmate.isInCustody()) {
            reasons.add(NOT_IN_CUSTODY);
            details.add(Part.of("inmate-not-eligible.part.status", inmate.status));
        }
        if (!programme.eligibleClasses.isEmpty() && !programme.eligibleClasses.contains(inmate.registerClass)) {
            reasons.add(REGISTER_CLASS);
            details.add(Part.of("inmate-not-eligible.part.register-class", inmate.registerClass, programme.eligibleClasses));
        }
        if (!programme.eligibleRiskLevels.isEmpty() && !programme.eligibleRiskLevels.contains(inmate.riskLevel)) {
            reasons.add(RISK_LEVEL);
            details.add(Part.of("inmate-not-eligible.part.risk-level", inmate.riskLevel, programme.eligibleRiskLevels));
        }
        if (!reasons.isEmpty()) {
            throw notEligible(inmateId, reasons, Problems.problem(422, "inmate-not-eligible", inmateId, programme.code, details));
        }
        return inmate;
    }

    private static RuntimeException notEligible(UUID inmateId, List<String> reasons, Problem.Builder problem) {
        return problem
                .with("field", "inmateId")
                .with("inmateId", inmateId)
                .with("reasons", reasons)
                .build();
    }
}
