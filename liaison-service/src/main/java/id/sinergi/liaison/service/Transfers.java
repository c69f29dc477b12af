package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.DetentionRequest;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.OtherCase;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.domain.WbpRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * A WBP transferred within the region arrived at the receiving facility (issue 22 point 3): the liaison
 * records still open about the person follow them, so the receiving facility's staff act on them and
 * the sending facility's no longer see them. What is open: notifications not yet acknowledged,
 * information requests not yet answered or fulfilled, police loans not yet returned (or refused or
 * cancelled), detention requests not yet confirmed or rejected, and other cases not yet closed.
 * Incidents, meetings, joint operations and agreements stay with the facility where they happened;
 * what is closed stays where it was closed (the report counts it there).
 */
@ApplicationScoped
public class Transfers {

    private static final Logger LOG = Logger.getLogger(Transfers.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public int arrived(UUID inmateId, String facility, String registerNumber) {
        int moved = move(Notification.class, inmateId, List.of(Notification.State.OPEN, Notification.State.ESCALATED), facility, registerNumber)
                + move(InfoRequest.class, inmateId, List.of(InfoRequest.State.SUBMITTED, InfoRequest.State.APPROVED), facility, registerNumber)
                + move(PoliceLoan.class, inmateId, List.of(PoliceLoan.State.REQUESTED, PoliceLoan.State.APPROVED,
                PoliceLoan.State.CHECKED_OUT, PoliceLoan.State.OVERDUE), facility, registerNumber)
                + move(DetentionRequest.class, inmateId, List.of(DetentionRequest.State.SUBMITTED), facility, registerNumber)
                + otherCasesMoved(inmateId, facility, registerNumber);
        LOG.infof("inmate %s arrived at %s: %d open liaison records follow", inmateId, facility, moved);
        return moved;
    }

    private static <T extends WbpRecord> int move(Class<T> type, UUID inmateId, List<? extends Enum<?>> open, String facility,
                                                  String registerNumber) {
        List<T> records = WbpRecord.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " where inmateId = :inmateId and state in :open", type)
                .setParameter("inmateId", inmateId).setParameter("open", open)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<T> moved = records.stream().filter(r -> !facility.equals(r.facility)).toList();
        moved.forEach(r -> {
            r.facility = facility;
            r.registerNumber = registerNumber;
        });
        return moved.size();
    }

    private static int otherCasesMoved(UUID inmateId, String facility, String registerNumber) {
        List<OtherCase> moved = OtherCase.<OtherCase>find("inmateId = ?1 and state = ?2", inmateId, OtherCase.State.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream().filter(c -> !facility.equals(c.facility)).toList();
        moved.forEach(c -> {
            c.facility = facility;
            c.registerNumber = registerNumber;
        });
        return moved.size();
    }
}
