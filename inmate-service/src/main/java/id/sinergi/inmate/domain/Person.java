package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.audit.AuditedForInmate;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A person known to the register: identity, NIK and aliases. Each admission of the person is a stay
 * ({@link Inmate}); a person who comes back after release gets a new stay, never a second person.
 */
@Entity
@Table(name = "people")
// A page of stays loads its people in batches, not one query each.
@BatchSize(size = 50)
@Audited(ignore = {"createdAt", "updatedAt", "stays"})
public class Person extends PanacheEntityBase implements AuditedForInmate {

    @Id
    public UUID id;

    /** 16 digits; unique among people that have one. */
    public String nik;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> aliases = new ArrayList<>();

    @Column(name = "birth_place")
    public String birthPlace;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    /** ISO 3166-1 alpha-3, e.g. IDN. */
    @Column(nullable = false)
    public String nationality;

    /*
     * Identifying features and contacts (issue 20 point 6): personal data that only the full record
     * shows and only inmate.escaped sends (to Polres, to find the person). See docs/domain-rules.md,
     * "Escape and recapture".
     */
    @Column(name = "height_cm")
    public Integer heightCm;

    public String build;

    @Column(name = "distinguishing_marks")
    public String distinguishingMarks;

    @Column(name = "physical_description")
    public String physicalDescription;

    /** Family, addresses and phones the Lapas holds, as JSON. */
    @Convert(converter = ContactsConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Contact> contacts = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /**
     * Every stay of the person as stored, newest first: a short list, loaded for a page of people
     * at once (batch), read-only (stays are written as {@link Inmate}).
     */
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id", insertable = false, updatable = false)
    @OrderBy("admittedOn DESC, registerNumber DESC")
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    public List<Stay> stays = new ArrayList<>();

    /** The stay the person is being changed through (admission, correction): their trail shows the change. */
    @Transient
    public UUID changedThroughStay;

    @Override
    public UUID auditedInmateId() {
        return changedThroughStay;
    }

    public IdentifyingFeatures identifyingFeatures() {
        return new IdentifyingFeatures(heightCm, build, distinguishingMarks, physicalDescription);
    }

    /** Replaces the features and contacts, as a correction of the identity replaces it whole. */
    public void describe(IdentifyingFeatures features, List<Contact> knownContacts) {
        heightCm = features == null ? null : features.heightCm();
        build = features == null ? null : features.build();
        distinguishingMarks = features == null ? null : features.marks();
        physicalDescription = features == null ? null : features.description();
        contacts = knownContacts == null ? new ArrayList<>() : new ArrayList<>(knownContacts);
    }

    public static Optional<Person> byNik(String nik) {
        return nik == null ? Optional.empty() : find("nik", nik).firstResultOptional();
    }

    /** The person's stays other than the given one, newest first. */
    public List<Stay> staysOtherThan(UUID stayId) {
        return stays.stream().filter(stay -> !stay.id.equals(stayId)).toList();
    }

    /** The stay still open (not released or transferred), other than the given one. */
    public Optional<Stay> openStayOtherThan(UUID stayId) {
        return staysOtherThan(stayId).stream().filter(Stay::isOpen).findFirst();
    }

    /**
     * Whether the person has served a conviction here before: an earlier stay that ended in release
     * as a convict (a B class). The register's mark of a possible repeat offender (residivis); whether
     * the law's recidivism (UU 1/2023 Pasal 23; old KUHP Pasal 486–488) applies to the new case, with
     * its five-year window and offence conditions, is for the court to find. See docs/domain-rules.md.
     */
    public boolean hasServedAConviction() {
        return stays.stream().anyMatch(Stay::endedAfterConviction);
    }

    /**
     * The person's last stay that ended in release (after a sentence, by law, or served under an
     * integration), other than the given one: what makes a new admission a readmission of a former
     * WBP, and what a re-arrest counts from. A stay ended by transfer is not a release to the community.
     */
    public Optional<Stay> lastReleasedStayOtherThan(UUID stayId) {
        return staysOtherThan(stayId).stream()
                .filter(stay -> stay.status == InmateStatus.RELEASED && stay.leftOn != null)
                .max(java.util.Comparator.comparing((Stay stay) -> stay.leftOn).thenComparing(stay -> stay.admittedOn));
    }

    /** The text fuzzy search matches: name and aliases, lower-cased. */
    public String searchName() {
        StringBuilder text = new StringBuilder(fullName);
        aliases.forEach(alias -> text.append(' ').append(alias));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
