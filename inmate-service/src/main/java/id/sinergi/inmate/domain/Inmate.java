package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.statemachine.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stay of a WBP in the register (one admission episode of a {@link Person}): legal status,
 * sentence, placement and where they are now. The identity is the person's.
 */
@Entity
// Derived columns (search text, timestamps the change itself sets) would only repeat the real change.
// Escapes are audited as their own rows.
@Audited(inmate = "id", ignore = {"searchName", "createdAt", "updatedAt", "escapes"})
public class Inmate extends PanacheEntityBase implements Stateful<InmateState> {

    @Id
    public UUID id;

    @Column(name = "register_number", nullable = false, unique = true)
    public String registerNumber;

    @Convert(converter = RegisterClassConverter.class)
    @Column(name = "register_class", nullable = false)
    public RegisterClass registerClass;

    /**
     * The person this stay is of (identity, NIK, aliases). This row is one stay (admission episode);
     * its id stays the id of every endpoint and event.
     */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    /**
     * Whether the person had served an earlier conviction here when this stay began
     * ({@link Person#hasServedAConviction()}); set at admission.
     */
    @Column(nullable = false)
    public boolean recidivist;

    /** This stay's id of its person. */
    public UUID personId() {
        return person.id;
    }

    @Column(name = "detaining_authority")
    public String detainingAuthority;

    @Column(name = "detention_ends_on")
    public LocalDate detentionEndsOn;

    @Column(name = "sentence_start")
    public LocalDate sentenceStart;

    @Column(name = "sentence_years")
    public Integer sentenceYears;

    @Column(name = "sentence_months")
    public Integer sentenceMonths;

    @Column(name = "sentence_days")
    public Integer sentenceDays;

    @Column(name = "fine_amount", precision = 18, scale = 2)
    public BigDecimal fineAmount;

    @Column(name = "fine_substitute_days")
    public Integer fineSubstituteDays;

    @Column(name = "remission_days", nullable = false)
    public int remissionDays;

    /** Expiry (ekspirasi) after remissions; kept in step with the sentence by {@link #recomputeExpiry()}. */
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    // Offences are part of every full view; loaded with the record (one query per page of records).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "offence", joinColumns = @JoinColumn(name = "inmate_id"))
    @OrderColumn(name = "position")
    public List<Offence> offences = new ArrayList<>();

    /**
     * The stay's escapes, oldest first: their days at large move the key dates. Read-only here (an
     * {@link Escape} is written as itself); loaded with the record, one query per page of records.
     */
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "inmate_id", insertable = false, updatable = false)
    @OrderBy("escapedAt")
    @Fetch(FetchMode.SUBSELECT)
    public List<Escape> escapes = new ArrayList<>();

    @Column(nullable = false)
    public String facility;

    @Column(name = "cell_block", nullable = false)
    public String cellBlock;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InmateStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Location location;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    /** The day the WBP left the register: released or transferred. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    public ReleaseReason releaseReason;

    @Column(name = "transferred_to")
    public String transferredTo;

    @Column(name = "search_name", nullable = false)
    public String searchName;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean isInCustody() {
        return status == InmateStatus.IN_CUSTODY;
    }

    /** The state the state machine ({@link InmateMachine}) is checked against, as a 409 names it. */
    @Override
    public InmateState currentState() {
        return InmateState.of(status, location);
    }

    @Override
    public long version() {
        return version;
    }

    /**
     * Puts the record in the state a transition leads to: status and location as stored. A WBP
     * who leaves the register keeps the location they were last in.
     */
    public void moveTo(InmateState target) {
        status = target.status();
        if (target.location() != null) {
            location = target.location();
        }
    }

    /** The actions people may take from the record's state now (whatever their roles). */
    public List<String> allowedActions() {
        return InmateMachine.MACHINE.allowedActions(currentState(), InmateMachine.Subject.of(this));
    }

    public boolean hasSentence() {
        return sentenceStart != null;
    }

    /** Key dates of the sentence after remissions; empty for a detainee without one. */
    public java.util.Optional<KeyDates> keyDates() {
        if (!hasSentence()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(KeyDates.of(sentenceStart, sentenceYears, sentenceMonths, sentenceDays, remissionDays,
                daysNotCounted()));
    }

    /**
     * Days since the sentence's start that do not count as served; each rule that stops the count
     * adds its own term here (the key dates move later by that many days).
     */
    public int daysNotCounted() {
        return escapeDaysNotCounted();
    }

    /** Days at large after the sentence began (UU 1/2023 Pasal 63): see {@link Escape#daysNotCountedFrom}. */
    private int escapeDaysNotCounted() {
        return Math.toIntExact(escapes.stream().mapToLong(escape -> escape.daysNotCountedFrom(sentenceStart)).sum());
    }

    public void recomputeExpiry() {
        expiresOn = keyDates().map(KeyDates::expiry).orElse(null);
    }

    /** The text fuzzy search matches: name and aliases, lower-cased. */
    public void recomputeSearchName() {
        searchName = person.searchName();
    }

    /** The date this WBP is expected to leave: the expiry of a convict, the detention end of a detainee. */
    public LocalDate expectedRelease() {
        return expiresOn != null ? expiresOn : detentionEndsOn;
    }
}
