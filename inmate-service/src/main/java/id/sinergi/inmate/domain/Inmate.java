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

    /** Unique within its facility ({@link #facility}): each facility numbers its own register. */
    @Column(name = "register_number", nullable = false)
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

    /**
     * When the case began: decides the code of criminal procedure whose detention limits apply
     * ({@link DetentionLimits#codeFor}). The earliest {@code caseBegunOn} of the admitted offences, else
     * the first day of the detention, else the admission.
     */
    @Column(name = "case_begun_on")
    public LocalDate caseBegunOn;

    /** When the case began: {@link #caseBegunOn}, else the admission (the earliest date the register knows). */
    public LocalDate caseBegan() {
        return caseBegunOn != null ? caseBegunOn : admittedOn;
    }

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

    /** The principal sentence; IMPRISONMENT for every sentence recorded before kinds existed (V7). */
    @Enumerated(EnumType.STRING)
    @Column(name = "sentence_kind")
    public SentenceKind sentenceKind;

    /** Months of substitute custody (subsider) for an unpaid fine, beside {@link #fineSubstituteDays}. */
    @Column(name = "fine_substitute_months")
    public Integer fineSubstituteMonths;

    /** The receipt of the fine's payment; set, the substitute custody no longer counts. */
    @Column(name = "fine_paid_receipt")
    public String finePaidReceipt;

    @Column(name = "fine_paid_on")
    public LocalDate finePaidOn;

    @Column(name = "fine_paid_amount", precision = 18, scale = 2)
    public BigDecimal finePaidAmount;

    /** The decree (Keppres) that changed a life or death sentence; null when never commuted. */
    @Column(name = "commutation_decree")
    public String commutationDecree;

    @Column(name = "commuted_on")
    public LocalDate commutedOn;

    /** The kind the sentence was before the commutation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "commuted_from")
    public SentenceKind commutedFrom;

    @Column(name = "remission_days", nullable = false)
    public int remissionDays;

    /**
     * Days spent in integrations (PB, CB, CMB) that were revoked: the time outside does not count
     * as served (Permenkumham 3/2018 as amended; docs/domain-rules.md, "Integration"). Kept in step
     * with the {@link Integration} rows by the revocation.
     */
    @Column(name = "integration_days_not_counted", nullable = false)
    public int integrationDaysNotCounted;

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

    /** Where the WBP was transferred: set while IN_TRANSIT and once TRANSFERRED; cleared by the arrival. */
    @Column(name = "transferred_to")
    public String transferredTo;

    @Column(name = "search_name", nullable = false)
    public String searchName;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    @Version
    public long version;

    public boolean isInCustody() {
        return status == InmateStatus.IN_CUSTODY;
    }

    /** Held by a facility of the region: in custody, or in transit between two of them. */
    public boolean isHeld() {
        return status == InmateStatus.IN_CUSTODY || status == InmateStatus.IN_TRANSIT;
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

    /**
     * Key dates of the sentence after remissions, with the substitute custody of a fine not yet paid;
     * empty for a detainee, for life and death sentences (no term: none of them applies) and for a
     * fine alone once paid (nothing left to serve).
     */
    public java.util.Optional<KeyDates> keyDates() {
        if (!hasSentence()) {
            return java.util.Optional.empty();
        }
        return switch (sentenceKind()) {
            case LIFE, DEATH -> java.util.Optional.empty();
            case FINE -> hasUnpaidFine()
                    ? java.util.Optional.of(KeyDates.ofSubstituteCustodyOnly(sentenceStart, substituteMonths(),
                            substituteDays(), daysNotCounted()))
                    : java.util.Optional.empty();
            case IMPRISONMENT, CONFINEMENT -> java.util.Optional.of(KeyDates.of(sentenceStart, sentenceYears,
                    sentenceMonths, sentenceDays, remissionDays, daysNotCounted(),
                    hasUnpaidFine() ? substituteMonths() : 0, hasUnpaidFine() ? substituteDays() : 0));
        };
    }

    /** The sentence's kind; a sentence recorded without one is imprisonment. */
    public SentenceKind sentenceKind() {
        return sentenceKind == null ? SentenceKind.IMPRISONMENT : sentenceKind;
    }

    /** A fine was passed and its payment is not recorded: its substitute custody counts. */
    public boolean hasUnpaidFine() {
        return fineAmount != null && fineAmount.signum() > 0 && finePaidOn == null;
    }

    /**
     * Whether on that day the WBP serves custody in place of an unpaid fine: a fine alone, or a term
     * (after remissions) that has ended while the fine is unpaid (KUHP Pasal 30; UU 1/2023 Pasal 81–82).
     */
    public boolean servingSubstituteCustodyOn(LocalDate on) {
        if (!hasSentence() || !hasUnpaidFine()) {
            return false;
        }
        return switch (sentenceKind()) {
            case FINE -> true;
            case IMPRISONMENT, CONFINEMENT -> !on.isBefore(KeyDates.of(sentenceStart, sentenceYears, sentenceMonths,
                    sentenceDays, remissionDays, daysNotCounted()).expiry());
            case LIFE, DEATH -> false;
        };
    }

    private int substituteMonths() {
        return fineSubstituteMonths == null ? 0 : fineSubstituteMonths;
    }

    private int substituteDays() {
        return fineSubstituteDays == null ? 0 : fineSubstituteDays;
    }

    /**
     * Days since the sentence's start that do not count as served; each rule that stops the count
     * adds its own term here (the key dates move later by that many days).
     */
    public int daysNotCounted() {
        return integrationDaysNotCounted() + escapeDaysNotCounted();
    }

    /** Days at large after the sentence began (UU 1/2023 Pasal 63): see {@link Escape#daysNotCountedFrom}. */
    private int escapeDaysNotCounted() {
        return Math.toIntExact(escapes.stream().mapToLong(escape -> escape.daysNotCountedFrom(sentenceStart)).sum());
    }

    /** Days of revoked integrations: outside, under a Bapas, and not counted as served. */
    private int integrationDaysNotCounted() {
        return integrationDaysNotCounted;
    }

    /**
     * The expiry from the key dates. A fine alone, once paid, ends the substitute custody the day it
     * is paid (KUHP Pasal 31 ayat (2): the convict may free himself by paying).
     */
    public void recomputeExpiry() {
        if (hasSentence() && sentenceKind() == SentenceKind.FINE && finePaidOn != null) {
            expiresOn = finePaidOn;
            return;
        }
        expiresOn = keyDates().map(KeyDates::expiry).orElse(null);
    }

    /** The text fuzzy search matches: name and aliases, lower-cased. */
    public void recomputeSearchName() {
        searchName = person.searchName();
    }

    /**
     * A detainee still held after the last day of their detention order, with no extension, handover,
     * verdict or release recorded: derived from the date, so it ends the moment one of those is.
     */
    public boolean detentionOverdue(LocalDate today) {
        return isHeld() && registerClass.isDetainee() && detentionEndsOn != null && detentionEndsOn.isBefore(today);
    }

    /** The date this WBP is expected to leave: the expiry of a convict, the detention end of a detainee. */
    public LocalDate expectedRelease() {
        return expiresOn != null ? expiresOn : detentionEndsOn;
    }
}
