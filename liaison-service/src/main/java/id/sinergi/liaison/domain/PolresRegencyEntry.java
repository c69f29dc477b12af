package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regency and the one unit covering it: the regency is the key, so it cannot be under two units. */
@Entity
@Table(name = "polres_unit_regency")
public class PolresRegencyEntry extends PanacheEntityBase {

    @Id
    @Column(name = "regency_code")
    public String regencyCode;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "regency_name", nullable = false)
    public String regencyName;
}
