package id.sinergi.program.service;

import id.sinergi.platform.time.FacilityClock;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.Rates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** How a programme is doing: its enrolments by state, completion, attendance and scores. */
@ApplicationScoped
public class Statistics {

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Scope scope;

    /**
     * @param enrolled       WBP who ever took a place
     * @param completionRate completed / enrolled; null before anyone enrolled
     * @param attendanceRate present / recorded over every enrolment; null before any attendance
     * @param averageScore   mean final score of completions that were scored
     */
    public record Figures(Programme programme, Map<EnrolmentState, Long> byState, long enrolled, Double completionRate,
                          Double attendanceRate, Double averageScore, long sessionsScheduled, long sessionsHeld) {
    }

    public Figures of(UUID programmeId) {
        Programme programme = scope.programme(entityManager.find(Programme.class, programmeId), programmeId);
        Map<EnrolmentState, Long> byState = byState(programmeId);
        Object[] totals = entityManager.createQuery("""
                        SELECT count(e.activatedAt), coalesce(sum(e.sessionsPresent), 0), coalesce(sum(e.sessionsRecorded), 0),
                               avg(CASE WHEN e.state = :completed THEN e.finalScore END)
                        FROM Enrolment e WHERE e.programmeId = :p""", Object[].class)
                .setParameter("p", programmeId).setParameter("completed", EnrolmentState.COMPLETED).getSingleResult();
        long enrolled = ((Number) totals[0]).longValue();
        long present = ((Number) totals[1]).longValue();
        long recorded = ((Number) totals[2]).longValue();
        Object[] sessions = entityManager.createQuery("""
                        SELECT count(s), count(CASE WHEN s.sessionDate <= :today THEN 1 END)
                        FROM ProgrammeSession s WHERE s.programmeId = :p""", Object[].class)
                .setParameter("p", programmeId).setParameter("today", clock.today()).getSingleResult();
        return new Figures(programme, byState, enrolled,
                Rates.of(byState.get(EnrolmentState.COMPLETED), enrolled), Rates.of(present, recorded),
                totals[3] == null ? null : Math.round(((Number) totals[3]).doubleValue() * 10.0) / 10.0,
                ((Number) sessions[0]).longValue(), ((Number) sessions[1]).longValue());
    }

    /** How many of a programme's enrolments are in each state, every state present. */
    public Map<EnrolmentState, Long> byState(UUID programmeId) {
        Map<EnrolmentState, Long> byState = new EnumMap<>(EnrolmentState.class);
        for (EnrolmentState state : EnrolmentState.values()) {
            byState.put(state, 0L);
        }
        entityManager.createQuery("SELECT e.state, count(e) FROM Enrolment e WHERE e.programmeId = :p GROUP BY e.state",
                        Object[].class)
                .setParameter("p", programmeId).getResultList()
                .forEach(row -> byState.put((EnrolmentState) row[0], (Long) row[1]));
        return byState;
    }
}
