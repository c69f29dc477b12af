package id.sinergi.liaison.service;

import id.sinergi.liaison.command.PolresUnitRequests;
import id.sinergi.liaison.domain.PolresRegencyEntry;
import id.sinergi.liaison.domain.PolresUnit;
import id.sinergi.liaison.domain.PolresUnitEntry;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Polres units of Polda Kalimantan Selatan and the regencies each covers, kept in the database by
 * sinergi-admin (issue 22; seeded by migration V13 with its source) and held in memory for routing.
 * A regency is under one unit only (its key in {@code polres_unit_regency}). The copy in memory is
 * dropped when a change commits here and every {@code sinergi.liaison.directory-refresh} (for the
 * changes other replicas made), and read again on next use.
 */
@ApplicationScoped
public class PolresDirectory {

    private static final Logger LOG = Logger.getLogger(PolresDirectory.class);
    private static final String WHAT = "polres-unit";

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    @Inject
    Outbox outbox;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private record Held(List<PolresUnit> units, Map<String, PolresUnit> byRegency, Map<String, PolresUnit> byCode) {
    }

    private volatile Held held;

    /** The unit as stored now, whether it was created or replaced. */
    public record Stored(PolresUnit unit, boolean created) {
    }

    /** Units in the order of the first regency each covers (the Kemendagri order). */
    public List<PolresUnit> units() {
        return held().units();
    }

    /** The unit covering a regency (Kemendagri code), if any. */
    public Optional<PolresUnit> covering(String regencyCode) {
        return regencyCode == null ? Optional.empty() : Optional.ofNullable(held().byRegency().get(regencyCode));
    }

    public PolresUnit get(String code) {
        PolresUnit unit = held().byCode().get(code);
        if (unit == null) {
            throw Problems.notFound(WHAT, code);
        }
        return unit;
    }

    /**
     * Creates the unit, or replaces its name and regencies ({@code If-Match} needed then). A regency
     * another unit covers is a conflict: it moves only once that unit lets it go. Publishes
     * {@code liaison.polres-unit-changed}.
     */
    @Transactional
    public Stored put(String code, String ifMatch, PolresUnitRequests.Unit change) {
        PolresUnitEntry entry = PolresUnitEntry.findById(code, LockModeType.PESSIMISTIC_WRITE);
        boolean created = entry == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw Problems.preconditionFailed(null);
            }
            entry = new PolresUnitEntry();
            entry.code = code;
        } else {
            ETags.requireMatch(ifMatch, entry.version);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < change.regencies().size(); i++) {
            PolresUnitRequests.Regency regency = change.regencies().get(i);
            if (!seen.add(regency.code())) {
                throw Problems.invalidField("duplicate-entry.regency", "regencies[" + i + "].code");
            }
            PolresRegencyEntry covered = PolresRegencyEntry.findById(regency.code());
            if (covered != null && !covered.unitCode.equals(code)) {
                throw Problems.problem(409, "regency-covered", regency.code(), covered.unitCode)
                        .with("field", "regencies[" + i + "].code").with("unit", covered.unitCode).build();
            }
        }
        entry.name = change.name().strip();
        entry.updatedAt = clock.timestamp();
        entry.updatedBy = caller.subject();
        entry.persist();
        Map<String, PolresRegencyEntry> kept = new LinkedHashMap<>();
        PolresRegencyEntry.<PolresRegencyEntry>list("unitCode", code).forEach(row -> kept.put(row.regencyCode, row));
        kept.values().stream().filter(row -> !seen.contains(row.regencyCode)).forEach(PolresRegencyEntry::delete);
        for (PolresUnitRequests.Regency regency : change.regencies()) {
            PolresRegencyEntry row = kept.get(regency.code());
            if (row == null) {
                row = new PolresRegencyEntry();
                row.regencyCode = regency.code();
                row.unitCode = code;
            }
            row.regencyName = regency.name().strip();
            row.persist();
        }
        PolresUnitEntry.flush();
        PolresUnit unit = new PolresUnit(entry.code, entry.name,
                change.regencies().stream().map(r -> new PolresUnit.Regency(r.code(), r.name().strip()))
                        .sorted(Comparator.comparing(PolresUnit.Regency::code)).toList(),
                entry.version, entry.updatedAt, entry.updatedBy);
        outbox.record(LiaisonEvents.POLRES_UNIT_CHANGED, code, new LiaisonEvents.PolresUnitChanged(unit));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    held = null;
                }
            }
        });
        LOG.infof("Polres unit %s %s: %d regencies", code, created ? "created" : "replaced", unit.regencies().size());
        return new Stored(unit, created);
    }

    @Scheduled(every = "${sinergi.liaison.directory-refresh:1m}", delayed = "1m")
    void expire() {
        held = null;
    }

    private Held held() {
        Held current = held;
        if (current == null) {
            current = QuarkusTransaction.requiringNew().call(PolresDirectory::load);
            held = current;
        }
        return current;
    }

    private static Held load() {
        Map<String, List<PolresUnit.Regency>> regencies = new LinkedHashMap<>();
        for (PolresRegencyEntry row : PolresRegencyEntry.<PolresRegencyEntry>listAll(Sort.by("regencyCode"))) {
            regencies.computeIfAbsent(row.unitCode, c -> new ArrayList<>()).add(new PolresUnit.Regency(row.regencyCode, row.regencyName));
        }
        Map<String, PolresUnitEntry> entries = new LinkedHashMap<>();
        PolresUnitEntry.<PolresUnitEntry>listAll(Sort.by("code")).forEach(entry -> entries.put(entry.code, entry));
        List<String> order = new ArrayList<>(regencies.keySet());
        entries.keySet().stream().filter(code -> !regencies.containsKey(code)).forEach(order::add);
        List<PolresUnit> units = new ArrayList<>();
        Map<String, PolresUnit> byRegency = new LinkedHashMap<>();
        Map<String, PolresUnit> byCode = new LinkedHashMap<>();
        for (String code : order) {
            PolresUnitEntry entry = entries.get(code);
            PolresUnit unit = new PolresUnit(code, entry.name, regencies.getOrDefault(code, List.of()), entry.version,
                    entry.updatedAt, entry.updatedBy);
            units.add(unit);
            byCode.put(code, unit);
            unit.regencies().forEach(regency -> byRegency.put(regency.code(), unit));
        }
        return new Held(List.copyOf(units), Map.copyOf(byRegency), Map.copyOf(byCode));
    }
}
