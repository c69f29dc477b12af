package id.sinergi.system;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may call each operation, as the README's API table and docs/security.md's role table say (keyed by
 * the operation ids of the OpenAPI documents). A role outside {@code allowed} is refused with 403;
 * one in {@code outOfScope} is refused with 404, because the record is not its to see. An operation
 * the README does not list has no row: the access matrix names it and checks what holds for every
 * operation (401 without a valid token, no 5xx), until its row is added here with the README's.
 */
final class RoleTable {

    record Rule(Set<String> allowed, Set<String> outOfScope) {
        boolean allows(String role) {
            return allowed.contains(role);
        }
    }

    static final Set<String> EVERY_ROLE = Set.copyOf(Actors.ROLES);
    static final Set<String> LAPAS = Set.of("lapas-registrar", "lapas-program-officer", "lapas-security", "lapas-liaison",
            "lapas-head");
    static final Set<String> POLRES = Set.of("polres-officer", "polres-head");
    static final Set<String> LAPAS_AND_AUDITOR = union(LAPAS, Set.of("auditor"));
    static final Set<String> KANWIL = Set.of("kanwil-officer");
    /** Every role that reads people's records: all but sinergi-admin, who keeps the directories only. */
    static final Set<String> READERS = EVERY_ROLE.stream().filter(role -> !role.equals("sinergi-admin"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Set<String> ADMIN = Set.of("sinergi-admin");
    static final Set<String> REGISTRY = Set.of("lapas-registrar", "lapas-head");
    static final Set<String> PROGRAMME_STAFF = Set.of("lapas-program-officer", "lapas-head");
    static final Set<String> LIAISON_DESK = Set.of("lapas-liaison", "lapas-head");

    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        // inmate-service
        rule(REGISTRY, "admitInmate", "updatePersonalDetails", "moveOut", "returnToFacility", "moveCell", "transferInmate",
                "grantRemission", "changeClass", "releaseInmate", "recordFinePayment", "commuteSentence", "startIntegration",
                "revokeIntegration");
        rule(Set.of("lapas-security", "lapas-head"), "recordDisciplinaryEntry", "annulDisciplinaryEntry");
        rule(Set.of("lapas-registrar", "lapas-security", "lapas-head"), "recordEscape", "recapture");
        rule(Set.of("lapas-security", "lapas-head", "lapas-registrar", "auditor"), "getDisciplinaryRegister");
        rule(READERS, "getOffenceCategories");
        rule(REGISTRY, "getUncategorisedOffences", "extendDetention", "handOverDetention");
        rule(union(POLRES, Set.of("lapas-registrar", "lapas-head", "lapas-security", "lapas-liaison", "auditor")), "getDetention");
        rule(READERS, "getDetentionLimits");
        rule(EVERY_ROLE, "describeDetentionRequestStateMachine");
        rule(POLRES, "submitDetentionRequest");
        rule(union(POLRES, Set.of("lapas-registrar", "lapas-liaison", "lapas-head", "auditor", "kanwil-officer")), "listDetentionRequests",
                "getDetentionRequest");
        rule(REGISTRY, "rejectDetentionRequest");
        rule(READERS, "searchInmates", "searchInmatesByBody", "getInmate");
        rule(EVERY_ROLE, "describeInmateStateMachine");
        // Polres officers see these only with a granted information request: without one, 404; the
        // Kanwil reads the basic view only, so they are 404 to it as to Polres without a grant.
        scoped(LAPAS_AND_AUDITOR, union(POLRES, KANWIL), "getKeyDates", "getTimeline", "getRiskAssessments");
        rule(Set.of("lapas-security", "lapas-head"), "assessRisk");
        rule(Set.of("auditor", "lapas-head"), "getAccessLog");
        // Issue 21: risk reviews from incidents and findings, pending cases, release plans, re-arrests.
        rule(LAPAS_AND_AUDITOR, "listRiskReviews");
        rule(Set.of("lapas-security", "lapas-head"), "resolveRiskReview");
        scoped(LAPAS_AND_AUDITOR, union(POLRES, KANWIL), "getPendingCases", "getReleasePlan");
        rule(REGISTRY, "planRelease");
        rule(POLRES, "recordReArrest");
        rule(Set.of("polres-head", "lapas-head", "lapas-registrar", "auditor"), "listReArrests");
        // Each service's audit trail (the same operation in the three documents).
        rule(Set.of("auditor"), "getAuditTrail");
        // Issue 22: the region's directories, the arrival of a transfer within the region.
        rule(EVERY_ROLE, "listFacilities", "getFacility", "listPolresUnits", "getPolresUnit");
        rule(ADMIN, "putFacility", "putPolresUnit");
        rule(REGISTRY, "confirmArrival");

        // program-service: the facility's business. Polres officers reach the programmes their unit
        // co-organises (issue 21): reads, the roll of sessions they facilitate and the co-signature;
        // which programme is theirs is checked after the role (404 out of scope, 403 not-the-facilitator).
        rule(PROGRAMME_STAFF, "createProgramme", "updateProgramme", "openProgramme", "startProgramme", "finishProgramme",
                "cancelProgramme", "scheduleSession", "requestEnrolment", "approveEnrolment", "suspendEnrolment",
                "resumeEnrolment", "withdrawEnrolment", "completeEnrolment", "assessEnrolment", "acknowledgeReview");
        rule(union(PROGRAMME_STAFF, POLRES), "recordAttendance", "amendAttendance");
        rule(POLRES, "coSignCompletion");
        // The matrix's programme has no co-organiser: out of a Polres officer's scope.
        // The Kanwil reads programmes, sessions, statistics and enrolments (basic view) across the region,
        // not attendance marks, assessments, transitions, reviews or participation histories.
        scoped(union(LAPAS_AND_AUDITOR, KANWIL), POLRES, "getProgramme", "getEnrolment", "getSession");
        rule(union(union(LAPAS_AND_AUDITOR, POLRES), KANWIL), "listProgrammes", "describeProgrammeStateMachine", "listSessions",
                "listEnrolments", "describeEnrolmentStateMachine");
        rule(union(LAPAS_AND_AUDITOR, POLRES), "listAttendance", "getAttendance", "getEnrolmentAttendance");
        rule(union(LAPAS_AND_AUDITOR, KANWIL), "getProgrammeStatistics");
        rule(LAPAS_AND_AUDITOR, "getEnrolmentTransitions", "listAssessments",
                "getParticipationHistory", "listReviews", "getReview", "describeReviewStateMachine");

        // liaison-service
        rule(union(POLRES, Set.of("lapas-liaison", "lapas-head", "lapas-security", "auditor", "kanwil-officer")),
                "listNotifications", "getNotification");
        // Polres acknowledges notices addressed to it, the Lapas (lapas-liaison, lapas-head) notices for
        // detaining authorities outside Sinergi: which one is the state machine's condition, checked after
        // If-Match (409), so both sides hold a role for the operation.
        rule(union(POLRES, LIAISON_DESK), "acknowledgeNotification");
        rule(EVERY_ROLE, "describeNotificationStateMachine", "describeInfoRequestStateMachine", "describePoliceLoanStateMachine");
        rule(POLRES, "submitInfoRequest", "withdrawInfoRequest", "requestPoliceLoan");
        rule(union(POLRES, Set.of("lapas-liaison", "lapas-head", "auditor", "kanwil-officer")), "listInfoRequests", "getInfoRequest");
        rule(LIAISON_DESK, "approveInfoRequest", "rejectInfoRequest", "fulfilInfoRequest", "approvePoliceLoan",
                "rejectPoliceLoan");
        rule(union(POLRES, Set.of("lapas-liaison", "lapas-head", "lapas-registrar", "lapas-security", "auditor", "kanwil-officer")),
                "listPoliceLoans", "getPoliceLoan");
        rule(Set.of("lapas-registrar", "lapas-liaison", "lapas-head"), "checkOutPoliceLoan", "returnPoliceLoan");
        rule(union(POLRES, LIAISON_DESK), "cancelPoliceLoan");

        // liaison-service, coordination. Which state or owner allows an action is checked after If-Match,
        // so the roles are the README's for the operation as a whole.
        Set<String> security = Set.of("lapas-security", "lapas-head");
        rule(security, "reportIncident", "amendIncident", "shareIncident", "planJointOperation", "amendJointOperation",
                "conductJointOperation", "recordJointOperationFinding", "debriefJointOperation", "cancelJointOperation");
        rule(POLRES, "receiveIncident", "investigateIncident", "chargeIncident");
        rule(union(POLRES, security), "closeIncident");
        rule(union(POLRES, Set.of("lapas-security", "lapas-liaison", "lapas-head", "auditor", "kanwil-officer")),
                "listIncidents", "searchIncidents", "getIncident", "listMeetings", "searchMeetings", "getMeeting",
                "listActionItems", "searchActionItems", "getActionItem", "listJointOperations", "searchJointOperations",
                "getJointOperation", "getLiaisonSummary");
        rule(LIAISON_DESK, "draftAgreement", "amendAgreement", "activateAgreement", "terminateAgreement", "scheduleMeeting",
                "amendMeeting", "recordMeetingMinutes", "addMeetingActionItem", "cancelMeeting", "cancelActionItem");
        rule(union(POLRES, LIAISON_DESK), "startActionItem", "completeActionItem");
        rule(union(POLRES, Set.of("lapas-liaison", "lapas-head", "auditor", "kanwil-officer")), "listAgreements",
                "searchAgreements", "getAgreement");
        // Issue 21: other cases, the Polres directory, re-offence indicators and the releases behind them.
        // (getInfoRequestProgrammes has no row: only the officer whose approved request asked for
        // PROGRAMMES may read it, which no role as such holds.)
        rule(POLRES, "reportOtherCase", "closeOtherCase");
        rule(union(POLRES, Set.of("lapas-security", "lapas-liaison", "lapas-head", "auditor")), "listOtherCases", "getOtherCase");
        rule(EVERY_ROLE, "describeOtherCaseStateMachine");
        rule(union(POLRES, Set.of("lapas-liaison", "lapas-head", "auditor", "kanwil-officer")), "getLiaisonIndicators", "listReleases");
        // Issue 22: the Kanwil's monthly report and the lists behind it; webhook subscriptions, read and
        // acted on by their owner only (another's is 404), read by the auditor.
        rule(Set.of("kanwil-officer", "auditor", "lapas-head"), "getMonthlyReport", "listPopulation", "listAdmissions",
                "listIntegrations", "listEscapes", "listProgrammesRun", "listProgrammeCompletions");
        Set<String> subscribers = Set.of("polres-head", "lapas-head", "kanwil-officer");
        rule(subscribers, "createSubscription", "pauseSubscription", "resumeSubscription", "cancelSubscription");
        rule(union(subscribers, Set.of("auditor")), "listSubscriptions", "getSubscription", "listSubscriptionDeliveries");
        // As the documents say of every state machine (the README lists these beside the reads).
        rule(EVERY_ROLE, "describeIncidentStateMachine", "describeMeetingStateMachine", "describeActionItemStateMachine",
                "describeJointOperationStateMachine", "describeAgreementStateMachine");
    }

    private RoleTable() {
    }

    /** The rule of an operation, or null when the table has none (a new operation needs its row here). */
    static Rule of(String operationId) {
        return RULES.get(operationId);
    }

    /** A role that may call an operation that has a row. */
    static String anAllowedRole(String operationId) {
        return Actors.ROLES.stream().filter(RULES.get(operationId)::allows).findFirst().orElseThrow();
    }

    private static void rule(Set<String> allowed, String... operations) {
        scoped(allowed, Set.of(), operations);
    }

    private static void scoped(Set<String> allowed, Set<String> outOfScope, String... operations) {
        for (String operation : operations) {
            if (RULES.put(operation, new Rule(allowed, outOfScope)) != null) {
                throw new IllegalStateException(operation + " has two rows");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
