package id.sinergi.inmate;

import id.sinergi.inmate.service.FacilityScope;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.ScratchDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search by a facility's staff counts its matches from the index alone (V19): the release window
 * and the filters hold the columns of the facility scope, so at a million WBP the count reads no
 * table page (without them it read some 3,000 for a month's window). Asked of PostgreSQL's planner
 * on a register of its own, 20,000 stays over ten years in two facilities, vacuumed and analysed as
 * a live register is by autovacuum.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedCountPlanTest {

    private static final String SCOPE = FacilityScope.heldBy("inmate", "'LAPAS-AMUNTAI'");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    private ScratchDatabase register;

    @BeforeAll
    void aRegisterOfTwentyThousandStays() throws SQLException {
        register = ScratchDatabase.fresh(dataSource, serviceUrl, "sinergi_scoped_counts").migrateToLatest();
        try (Connection db = register.connect(); Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO people (id, full_name, sex, nationality, created_at, updated_at)
                    SELECT md5('person' || g)::uuid, 'Warga Binaan ' || g, 'MALE', 'IDN', now(), now()
                    FROM generate_series(1, 20000) g""");
            sql.execute("""
                    INSERT INTO inmate (id, person_id, register_number, register_class, expires_on, facility, cell_block,
                                        risk_level, status, location, admitted_on, search_name, created_at, updated_at, version)
                    SELECT md5('stay' || g)::uuid, md5('person' || g)::uuid, 'B.I-' || g || '/2026', (ARRAY['B.I', 'B.IIa', 'A.II'])[1 + g % 3],
                           DATE '2027-01-01' + (g * 3653 / 20000), (ARRAY['LAPAS-AMUNTAI', 'LAPAS-AMUNTAI', 'LAPAS-BARABAI'])[1 + g % 3],
                           (ARRAY['A-1', 'A-2', 'B-1', 'B-2'])[1 + g % 4], (ARRAY['LOW', 'MEDIUM', 'HIGH'])[1 + g % 7 % 3],
                           CASE WHEN g % 20 = 0 THEN 'RELEASED' WHEN g % 97 = 0 THEN 'IN_TRANSIT' ELSE 'IN_CUSTODY' END,
                           'IN_FACILITY', DATE '2026-01-01', 'warga binaan ' || g, now(), now(), 0
                    FROM generate_series(1, 20000) g""");
            sql.execute("VACUUM (ANALYZE) inmate");
        }
    }

    @Test
    void aReleaseWindowIsCountedFromTheIndex() throws SQLException {
        assertThat(countPlan("status = 'IN_CUSTODY' AND expected_release >= DATE '2029-03-01' "
                + "AND expected_release <= DATE '2029-03-31'"))
                .contains("Index Only Scan using inmate_release_window");
    }

    @Test
    void filtersAreCountedFromTheIndex() throws SQLException {
        assertThat(countPlan("status = 'IN_CUSTODY' AND register_class = 'B.I' AND risk_level = 'HIGH' AND cell_block = 'A-1'"))
                .contains("Index Only Scan using inmate_filters");
    }

    private String countPlan(String criteria) throws SQLException {
        try (Connection db = register.connect(); Statement sql = db.createStatement()) {
            // Bitmap and sequential scans off: between the index scans left, the planner takes the
            // index-only one whenever the index holds every column the query reads.
            sql.execute("SET enable_bitmapscan = off");
            sql.execute("SET enable_seqscan = off");
            return String.join("\n", ScratchDatabase.rows(sql, "EXPLAIN SELECT count(*) FROM inmate WHERE " + SCOPE + " AND " + criteria));
        }
    }
}
