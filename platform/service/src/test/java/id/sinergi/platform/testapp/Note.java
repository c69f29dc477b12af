package id.sinergi.platform.testapp;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Audited
public class Note extends PanacheEntityBase {

    public enum Colour { RED, GREEN }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Colour colour;

    @Version
    public long version;
}
