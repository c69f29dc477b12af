package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Each snapshot of a WBP that an inmate event carried, from the time of that event: where the WBP was,
 * in which register class and status, from when until the next snapshot. The population at a date is,
 * per WBP, the row whose period holds the end of that date.
 */
@Entity
@Table(name = "inmate_history")
public class InmateHistory extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "inmate_id")
        public UUID inmateId;

        @Column(name = "snapshot_version")
        public long snapshotVersion;

        public Key() {
        }

        public Key(UUID inmateId, long snapshotVersion) {
            this.inmateId = inmateId;
            this.snapshotVersion = snapshotVersion;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.snapshotVersion == snapshotVersion && Objects.equals(key.inmateId, inmateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inmateId, snapshotVersion);
        }
    }

    @EmbeddedId
    public Key key;

    public String facility;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "register_class")
    public String registerClass;

    @Column(nullable = false)
    public String status;

    @Column(name = "valid_from", nullable = false)
    public OffsetDateTime validFrom;

    /** When the WBP's next snapshot took over; null for the latest. */
    @Column(name = "valid_to")
    public OffsetDateTime validTo;
}
