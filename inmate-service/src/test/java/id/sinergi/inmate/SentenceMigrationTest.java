package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.ScratchDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7 (sentence kinds) on a register made before it: a database of its own is migrated to V5, filled
 * with a convict, a convict with an unpaid fine and a detainee, then migrated to the latest version.
 * Sentences stay imprisonment, the detainee has no kind, and the expiry of the fined convict
 * includes the substitute custody, as the service now computes it.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class SentenceMigrationTest {

    private static final String DATABASE = "sinergi_v7_migration";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @Test
    void existingSentencesStayImprisonmentAndUnpaidFinesCountInTheExpiry() throws SQLException {
        ScratchDatabase database = ScratchDatabase.fresh(dataSource, serviceUrl, DATABASE).migrateTo("5");

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO people (id, full_name, sex, nationality, created_at, updated_at) VALUES
                        ('00000000-0000-0000-0000-0000000000a1', 'Ahmad Rizani', 'MALE', 'IDN', now(), now()),
                        ('00000000-0000-0000-0000-0000000000a2', 'Budi Santoso', 'MALE', 'IDN', now(), now()),
                        ('00000000-0000-0000-0000-0000000000a3', 'Siti Aminah', 'FEMALE', 'IDN', now(), now())""");
            sql.execute("""
                    INSERT INTO inmate (id, person_id, register_number, register_class, sentence_start, sentence_years,
                                        sentence_months, sentence_days, fine_amount, fine_substitute_days, expires_on,
                                        detaining_authority, detention_ends_on, facility, cell_block, risk_level, status,
                                        location, admitted_on, search_name, created_at, updated_at, version)
                    VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000a1', 'B.I-0001/2026',
                            'B.I', '2026-01-15', 5, 6, 0, NULL, NULL, '2031-07-15', NULL, NULL,
                            'LAPAS-AMUNTAI', 'A-2', 'HIGH', 'IN_CUSTODY', 'IN_FACILITY', '2026-01-15', 'ahmad rizani', now(), now(), 0),
                           ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-0000000000a2', 'B.I-0002/2026',
                            'B.I', '2026-01-15', 2, 0, 0, 1000000, 90, '2028-01-15', NULL, NULL,
                            'LAPAS-AMUNTAI', 'A-2', 'HIGH', 'IN_CUSTODY', 'IN_FACILITY', '2026-01-15', 'budi santoso', now(), now(), 0),
                           ('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-0000000000a3', 'A.II-0003/2026',
                            'A.II', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Kejaksaan Negeri HSU', '2026-12-10',
                            'LAPAS-AMUNTAI', 'W-1', 'LOW', 'IN_CUSTODY', 'IN_FACILITY', '2026-11-02', 'siti aminah', now(), now(), 0)""");
        }

        database.migrateToLatest();

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            List<String> rows = ScratchDatabase.rows(sql, """
                    SELECT register_number, sentence_kind, expires_on, fine_paid_on, commuted_from, version
                    FROM inmate ORDER BY register_number""");
            assertThat(rows).containsExactly(
                    "A.II-0003/2026|null|null|null|null|0|",
                    "B.I-0001/2026|IMPRISONMENT|2031-07-15|null|null|0|",
                    "B.I-0002/2026|IMPRISONMENT|2028-04-14|null|null|0|");
        }
    }
}
