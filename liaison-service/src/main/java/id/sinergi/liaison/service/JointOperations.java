package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinergi.liaison.domain.Finding;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.JointOperation;
import id.sinergi.liaison.domain.JointOperation.State;
import id.sinergi.liaison.rest.JointOperationRequests;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.Page;
import io.quarkus.panache.common.Sort;
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
    private static final String WHAT = "Joint operation";
    private static final Predicate<JointOperation> ANY = operation -> true;

    @Inject
    Coordination coordination;

    @Inject
    Scope scope;

    @Inject
    JsonColumns json;

    @Inject
    KnownInmates inmates;

    public record Criteria(State state, LocalDate from, LocalDate to, String text) {
    }

    @Transactional
    public JointOperation plan(JointOperationRequests.Plan plan) {
        JointOperation operation = coordination.create(new JointOperation(), null);
        operation.state = State.PLANNED;
        describe(operation, plan);
        operation.persist();
        LOG.infof("joint operation %s planned for %s", operation.id, operation.plannedFor);
        return coordination.flushed(operation);
    }

    @Transactional
    public JointOperation amend(UUID id, String ifMatch, JointOperationRequests.Plan plan) {
        JointOperation operation = take(id, JointOperation.AMEND, ifMatch, null);
        describe(operation, plan);
        return coordination.flushed(operation);
    }

    @Transactional
    public JointOperation conduct(UUID id, String ifMatch) {
        JointOperation operation = take(id, JointOperation.CONDUCT, ifMatch, null);
        operation.conductedBy = coordination.subject();
        operation.conductedAt = OffsetDateTime.now();
        LOG.infof("joint operation %s conducted", id);
        return coordination.flushed(operation);
    }

    @Transactional
    public JointOperation recordFinding(UUID id, String ifMatch, JointOperationRequests.NewFinding found) {
        JointOperation operation = take(id, JointOperation.RECORD_FINDING, ifMatch, null);
        String block = found.block().strip();
        if (!operation.blocks.contains(block)) {
            throw Problems.invalidField("block-not-in-operation", "block", "the operation searched " + operation.blocks
                    + ", not " + block);
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
                throw Problems.invalidField("unknown-incident", "incidentId", "no incident " + found.incidentId()
                        + " is recorded in this facility");
            }
            finding.incidentId = incident.id;
        }
        finding.recordedBy = coordination.subject();
        finding.recordedAt = OffsetDateTime.now();
        finding.persist();
        LOG.infof("joint operation %s: finding %s in block %s", id, finding.kind, block);
        return coordination.flushed(operation);
    }

    @Transactional
    public JointOperation debrief(UUID id, String ifMatch, JointOperationRequests.Debrief debrief) {
        JointOperation operation = take(id, JointOperation.DEBRIEF, ifMatch, null);
        operation.debriefNotes = debrief.notes().strip();
        operation.debriefedBy = coordination.subject();
        operation.debriefedAt = OffsetDateTime.now();
        LOG.infof("joint operation %s debriefed", id);
        return coordination.flushed(operation);
    }

    @Transactional
    public JointOperation cancel(UUID id, String ifMatch, String reason) {
        JointOperation operation = take(id, JointOperation.CANCEL, ifMatch, reason);
        operation.reason = reason.strip();
        LOG.infof("joint operation %s cancelled", id);
        return coordination.flushed(operation);
    }

    public JointOperation get(UUID id) {
        return coordination.get(JointOperation.class, id, WHAT, ANY);
    }

    public Page<JointOperation> list(Criteria criteria, int page, int size) {
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("plannedFor >= :from", "from", InfoRequests.startOf(criteria.from()))
                .and("plannedFor < :to", "to", InfoRequests.startOf(criteria.to() == null ? null : criteria.to().plusDays(1)))
                .search(criteria.text(), "name", "debriefNotes");
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return Page.of(JointOperation.find(filter.query(), Sort.descending("plannedFor").and("id"), filter.parameters()),
                page, size);
    }

    public List<JointOperation.Officer> officersOf(JointOperation operation) {
        return json.read(operation.officers, new TypeReference<>() {
        });
    }

    public List<Finding> findingsOf(JointOperation operation) {
        return Finding.of(operation.id);
    }

    private JointOperation take(UUID id, String action, String ifMatch, String reason) {
        return coordination.take(JointOperation.class, id, WHAT, ANY, action, ifMatch, reason);
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
