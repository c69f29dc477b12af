package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinergi.liaison.domain.Finding;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.JointOperation;
import id.sinergi.liaison.domain.JointOperation.State;
import id.sinergi.liaison.command.JointOperationRequests;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Joint operations (razia gabungan): planned by the Lapas's security staff with a Polres unit,
 * conducted, their findings recorded and linked to the incidents they led to, then debriefed.
 */
@ApplicationScoped
public class JointOperations {

    private static final Logger LOG = Logger.getLogger(JointOperations.class);
    private static final String WHAT = "joint-operation";
    private static final Predicate<JointOperation> ANY = operation -> true;

    @Inject
    FacilityClock clock;

    @Inject
    Coordination coordination;

    @Inject
    Outbox outbox;

    @Inject
    Scope scope;

    @Inject
    JsonColumns json;

    @Inject
    KnownInmates inmates;

    public record Criteria(State state, LocalDate from, LocalDate to, String text) {
    }

    /** An operation with what is shown with it: its officers (kept as JSON) and its findings. */
    public record Details(JointOperation operation, List<JointOperation.Officer> officers, List<Finding> findings) {
    }

    @Transactional
    public Details plan(JointOperationRequests.Plan plan) {
        JointOperation operation = coordination.create(new JointOperation(), null);
        operation.state = coordination.created(JointOperation.MACHINE, JointOperation.PLAN, operation);
        describe(operation, plan);
        operation.persist();
        LOG.infof("joint operation %s planned for %s", operation.id, operation.plannedFor);
        return details(coordination.flushed(operation));
    }

    @Transactional
    public Details amend(UUID id, String ifMatch, JointOperationRequests.Plan plan) {
        JointOperation operation = take(id, JointOperation.AMEND, ifMatch, null);
        describe(operation, plan);
        return details(coordination.flushed(operation));
    }

    @Transactional
    public Details conduct(UUID id, String ifMatch) {
        JointOperation operation = take(id, JointOperation.CONDUCT, ifMatch, null);
        operation.conductedBy = coordination.subject();
        operation.conductedAt = clock.timestamp();
        LOG.infof("joint operation %s conducted", id);
        return details(coordination.flushed(operation));
    }

    @Transactional
    public Details recordFinding(UUID id, String ifMatch, JointOperationRequests.NewFinding found) {
        JointOperation operation = take(id, JointOperation.RECORD_FINDING, ifMatch, null);
        String block = found.block().strip();
        if (!operation.blocks.contains(block)) {
            throw Problems.invalidField("block-not-in-operation", "block", operation.blocks, block);
        }
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.operationId = operation.id;
        finding.kind = found.kind();
        finding.description = found.description().strip();
        finding.quantity = found.quantity();
        finding.block = block;
        if (found.inmateId() != null) {
            InmateSnapshot inmate = inmates.requireIn(operation.facility, found.inmateId(), "inmateId");
            finding.inmateId = inmate.inmateId;
            finding.registerNumber = inmate.registerNumber;
        }
        if (found.incidentId() != null) {
            Incident incident = Incident.findById(found.incidentId());
            if (incident == null || !Objects.equals(incident.facility, operation.facility)) {
                throw Problems.invalidField("unknown-incident", "incidentId", found.incidentId());
            }
            finding.incidentId = incident.id;
        }
        finding.recordedBy = coordination.subject();
        finding.recordedAt = clock.timestamp();
        finding.persist();
        // A finding naming a WBP is a fact inmate-service reviews the WBP's risk on (issue 21 point 1).
        outbox.record(LiaisonEvents.FINDING_RECORDED, finding.id.toString(),
                LiaisonEvents.FindingRecorded.of(finding, operation.polresUnit));
        LOG.infof("joint operation %s: finding %s in block %s", id, finding.kind, block);
        return details(coordination.flushed(operation));
    }

    @Transactional
    public Details debrief(UUID id, String ifMatch, JointOperationRequests.Debrief debrief) {
        JointOperation operation = take(id, JointOperation.DEBRIEF, ifMatch, null);
        operation.debriefNotes = debrief.notes().strip();
        operation.debriefedBy = coordination.subject();
        operation.debriefedAt = clock.timestamp();
        LOG.infof("joint operation %s debriefed", id);
        return details(coordination.flushed(operation));
    }

    @Transactional
    public Details cancel(UUID id, String ifMatch, String reason) {
        JointOperation operation = take(id, JointOperation.CANCEL, ifMatch, reason);
        operation.reason = reason.strip();
        LOG.infof("joint operation %s cancelled", id);
        return details(coordination.flushed(operation));
    }

    public Details get(UUID id) {
        return details(coordination.get(JointOperation.class, id, WHAT, ANY));
    }

    /** Joint operations: the latest planned first unless the request names another order. */
    public static final ListOrder<JointOperation> ORDER = ListOrder.<JointOperation>byId("id", UUID.class, operation -> operation.id)
            .key("plannedFor", "plannedFor", OffsetDateTime.class, operation -> operation.plannedFor)
            .key("createdAt", "createdAt", OffsetDateTime.class, operation -> operation.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, operation -> operation.updatedAt)
            .changes("changePosition", operation -> operation.changePosition)
            .sortedBy("-plannedFor");

    public Page<Details> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("plannedFor >= :from", "from", InfoRequests.startOf(criteria.from(), clock))
                .and("plannedFor < :to", "to", InfoRequests.startOf(criteria.to() == null ? null : criteria.to().plusDays(1), clock))
                .search(criteria.text(), "name", "debriefNotes");
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        Page<JointOperation> found = ORDER.read(page).read(filter, JointOperation.class);
        Map<UUID, List<Finding>> findings = Finding.of(found.items().stream().map(o -> o.id).toList());
        return found.map(operation -> new Details(operation, officersOf(operation),
                findings.getOrDefault(operation.id, List.of())));
    }

    private Details details(JointOperation operation) {
        return new Details(operation, officersOf(operation),
                Finding.of(List.of(operation.id)).getOrDefault(operation.id, List.of()));
    }

    private List<JointOperation.Officer> officersOf(JointOperation operation) {
        return json.read(operation.officers, new TypeReference<>() {
        });
    }

    private JointOperation take(UUID id, String action, String ifMatch, String reason) {
        var checked = coordination.check(JointOperation.MACHINE, JointOperation.class, id, WHAT, ANY, action, ifMatch,
                reason);
        JointOperation operation = checked.record();
        operation.state = checked.target(operation.state);
        return operation;
    }

    private void describe(JointOperation operation, JointOperationRequests.Plan plan) {
        operation.polresUnit = coordination.polresUnitOrDefault(plan.polresUnit());
        operation.name = plan.name().strip();
        operation.plannedFor = plan.plannedFor().withOffsetSameInstant(ZoneOffset.UTC);
        operation.blocks = new ArrayList<>(plan.blocks().stream().map(String::strip).distinct().toList());
        operation.units = new ArrayList<>(plan.units().stream().map(String::strip).distinct().toList());
        operation.officers = json.write(plan.officers() == null ? List.of() : plan.officers());
    }
}
