package id.sinergi.inmate.service;

import id.sinergi.inmate.config.InmateConfig;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.time.FacilityClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Sends the scheduled notices: {@code inmate.release-due} before a convict's expiry,
 * {@code inmate.detention-expiring} before a detainee's detention ends (and on the day it ends, D-0),
 * at the configured numbers of days, and {@code inmate.detention-overdue} once the detention has
 * ended with nothing recorded. An extension or handover moves the end date, so the notices follow it. Each WBP gets the notice of the nearest threshold not yet sent for that date, exactly
 * once: the {@code notice_sent} row is claimed in the same transaction as the event, so a second
 * run, or a second replica running at the same moment, finds it claimed. A changed date (a
 * remission) is a new date and gets its own notices. Only WBP inside the largest window are read
 * (indexed), so the job stays small however large the register grows; and of those only the ones
 * whose nearest notice has no {@code notice_sent} row yet, so a second run on the same day loads
 * no WBP at all. A WBP in transit between two facilities of the region is still held, and gets
 * their notices as one in custody does.
 *
 * <p>Each run is timed ({@code sinergi.inmate.notices.run}) and the notices it sends are counted per
 * kind ({@code sinergi.inmate.notices.sent}): operators see that the nightly run happened, how long
 * it took and what it sent, without reading logs.
 */
@ApplicationScoped
public class NoticeJob {

    private static final Logger LOG = Logger.getLogger(NoticeJob.class);
    private static final int BATCH = 500;
    private static final String SYSTEM = "system:notices";

    @Inject
    FacilityClock clock;

    @Inject
    InmateConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    InmateChanges changes;

    @Inject
    MeterRegistry registry;

    /** Fires at the cron's time in the facility's zone (00:15 WITA), and sends what is due on the facility's today. */
    @Scheduled(cron = "${sinergi.inmate.notices-cron:0 15 0 * * ?}", timeZone = "${sinergi.facility.zone:Asia/Makassar}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void daily() {
        sendDue(clock.today());
    }

    /** @return how many notices went out */
    public int sendDue(LocalDate today) {
        Timer.Sample run = Timer.start(registry);
        int sent = send(today, "release-due", "expires_on", config.releaseDueDays())
                + send(today, "detention-expiring", "detention_ends_on", config.detentionExpiringDays())
                + sendOverdue(today);
        long nanos = run.stop(Timer.builder("sinergi.inmate.notices.run")
                .description("Runs of the scheduled notice job (release-due, detention-expiring) and how long they took")
                .register(registry));
        LOG.infof("scheduled notices for %s: %d sent in %d ms", today, sent, nanos / 1_000_000);
        return sent;
    }

    private int send(LocalDate today, String kind, String dateColumn, List<Integer> thresholds) {
        List<Integer> ascending = thresholds.stream().sorted().toList();
        LocalDate until = today.plusDays(ascending.get(ascending.size() - 1));
        int sent = 0;
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: all zeros is the first
        while (true) {
            UUID from = after;
            @SuppressWarnings("unchecked")
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "SELECT id FROM inmate i WHERE status IN ('IN_CUSTODY', 'IN_TRANSIT') AND " + dateColumn + " BETWEEN ?1 AND ?2"
                                    + " AND id > ?3 AND NOT EXISTS (SELECT 1 FROM notice_sent n WHERE n.inmate_id = i.id"
                                    + " AND n.kind = ?4 AND n.due_on = i." + dateColumn + " AND n.threshold_days = "
                                    + nearestThreshold("i." + dateColumn + " - ?1", ascending) + ") ORDER BY id", UUID.class)
                    .setParameter(1, today).setParameter(2, until).setParameter(3, from).setParameter(4, kind)
                    .setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                Counter.builder("sinergi.inmate.notices.sent").tag("kind", kind)
                        .description("Scheduled notices sent (events published through the outbox), per kind")
                        .register(registry).increment(sent);
                return sent;
            }
            sent += QuarkusTransaction.requiringNew().call(() -> {
                int inBatch = 0;
                for (UUID id : ids) {
                    inBatch += notify(Inmate.findById(id), today, kind, ascending) ? 1 : 0;
                }
                return inBatch;
            });
            after = ids.get(ids.size() - 1);
        }
    }

    /**
     * Issue 20 point 2: {@code inmate.detention-overdue} once per detention end for each detainee still
     * held after it with no extension, handover, verdict or release recorded (any of those moves or
     * clears {@code detention_ends_on}, so a later end is a new date and is watched again).
     */
    private int sendOverdue(LocalDate today) {
        String kind = "detention-overdue";
        int sent = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            @SuppressWarnings("unchecked")
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "SELECT id FROM inmate i WHERE status IN ('IN_CUSTODY', 'IN_TRANSIT') AND detention_ends_on < ?1"
                                    + " AND register_class LIKE 'A.%' AND id > ?2 AND NOT EXISTS (SELECT 1 FROM notice_sent n"
                                    + " WHERE n.inmate_id = i.id AND n.kind = ?3 AND n.due_on = i.detention_ends_on) ORDER BY id",
                            UUID.class)
                    .setParameter(1, today).setParameter(2, from).setParameter(3, kind)
                    .setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                Counter.builder("sinergi.inmate.notices.sent").tag("kind", kind)
                        .description("Scheduled notices sent (events published through the outbox), per kind")
                        .register(registry).increment(sent);
                return sent;
            }
            sent += QuarkusTransaction.requiringNew().call(() -> {
                int inBatch = 0;
                for (UUID id : ids) {
                    Inmate inmate = Inmate.findById(id);
                    LocalDate ended = inmate.detentionEndsOn;
                    if (!inmate.detentionOverdue(today) || !claim(inmate, kind, 0, ended)) {
                        continue;
                    }
                    int daysOverdue = (int) ChronoUnit.DAYS.between(ended, today);
                    changes.record(inmate, InmateEvents.DETENTION_OVERDUE,
                            snapshot -> new InmateEvents.DetentionOverdue(snapshot, ended, daysOverdue, inmate.detainingAuthority),
                            "Detention ended on " + ended + " with no extension, handover, verdict or release recorded"
                                    + " (overdue notice to " + inmate.detainingAuthority + ")", SYSTEM);
                    inBatch++;
                }
                return inBatch;
            });
            after = ids.get(ids.size() - 1);
        }
    }

    /** SQL for the smallest threshold at or above the days left: the notice a WBP is due (what {@link #notify} claims). */
    private static String nearestThreshold(String daysLeft, List<Integer> ascending) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int threshold : ascending.subList(0, ascending.size() - 1)) {
            sql.append(" WHEN ").append(daysLeft).append(" <= ").append(threshold).append(" THEN ").append(threshold);
        }
        return sql.append(" ELSE ").append(ascending.get(ascending.size() - 1)).append(" END").toString();
    }

    private boolean notify(Inmate inmate, LocalDate today, String kind, List<Integer> ascending) {
        boolean release = kind.equals("release-due");
        LocalDate due = release ? inmate.expiresOn : inmate.detentionEndsOn;
        if (due == null) {
            return false;
        }
        int daysLeft = (int) ChronoUnit.DAYS.between(today, due);
        int threshold = ascending.stream().filter(t -> t >= daysLeft).findFirst().orElse(-1);
        if (threshold < 0 || !claim(inmate, kind, threshold, due)) {
            return false;
        }
        if (release) {
            changes.record(inmate, InmateEvents.RELEASE_DUE,
                    snapshot -> new InmateEvents.ReleaseDue(snapshot, due, threshold, InmateEvents.ReleasePlanData.ofStay(inmate.id)),
                    "Release due on " + due + " (D-" + threshold + " notice)", SYSTEM);
        } else {
            changes.record(inmate, InmateEvents.DETENTION_EXPIRING,
                    snapshot -> new InmateEvents.DetentionExpiring(snapshot, due, threshold, inmate.detainingAuthority),
                    (threshold == 0 ? "Detention ends today, " + due : "Detention ends on " + due) + " (D-" + threshold + " notice to " + inmate.detainingAuthority + ")", SYSTEM);
        }
        return true;
    }

    private boolean claim(Inmate inmate, String kind, int threshold, LocalDate due) {
        return entityManager.createNativeQuery("""
                        INSERT INTO notice_sent (inmate_id, kind, threshold_days, due_on, sent_at)
                        VALUES (?1, ?2, ?3, ?4, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, inmate.id).setParameter(2, kind).setParameter(3, threshold).setParameter(4, due)
                .executeUpdate() == 1;
    }
}
