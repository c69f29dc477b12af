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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V15 (facility directory) and V16 (register numbers per facility) on a register made before them: a
 * database of its own is migrated to V14 with numbers given by the one counter of the register, then
 * to the latest version. Each facility's counter goes on from the highest number it holds, the same
 * number may then be given in another facility, and the seeded facilities are in the outbox.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class RegisterNumberMigrationTest {

    private static final String DATABASE = "sinergi_v16_migration";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @Test
    void eachFacilityCountsOnFromTheNumbersItHolds() throws SQLException {
        ScratchDatabase database = ScratchDatabase.fresh(dataSource, serviceUrl, DATABASE).migrateTo("14");

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO people (id, full_name, sex, nationality, created_at, updated_at) VALUES
                        ('00000000-0000-0000-0000-0000000000a1', 'Ahmad Rizani', 'MALE', 'IDN', now(), now()),
                        ('00000000-0000-0000-0000-0000000000a2', 'Budi Santoso', 'MALE', 'IDN', now(), now()),
                        ('00000000-0000-0000-0000-0000000000a3', 'Siti Aminah', 'FEMALE', 'IDN', now(), now())""");
            sql.execute("""
                    INSERT INTO inmate (id, person_id, register_number, register_class, sentence_start, sentence_years,
                                        sentence_months, sentence_days, expires_on, facility, cell_block, risk_level, status,
                                        location, admitted_on, search_name, created_at, updated_at, version)
                    VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000a1', 'B.I-0007/2026',
                            'B.I', '2026-01-15', 5, 6, 0, '2031-07-15', 'LAPAS-AMUNTAI', 'A-2', 'HIGH', 'IN_CUSTODY',
                            'IN_FACILITY', '2026-01-15', 'ahmad rizani', now(), now(), 0),
                           ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-0000000000a2', 'B.I-0012/2026',
                            'B.I', '2026-01-15', 2, 0, 0, '2028-01-15', 'LAPAS-AMUNTAI', 'A-2', 'HIGH', 'RELEASED',
                            'IN_FACILITY', '2026-02-01', 'budi santoso', now(), now(), 0),
                           ('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-0000000000a3', 'B.I-0009/2025',
                            'B.I', '2025-01-15', 2, 0, 0, '2027-01-15', 'LAPAS-BARABAI', 'W-1', 'LOW', 'IN_CUSTODY',
                            'IN_FACILITY', '2025-06-02', 'siti rizani', now(), now(), 0)""");
            sql.execute("INSERT INTO register_sequence (register_class, year, last_value) VALUES ('B.I', 2026, 12), ('B.I', 2025, 9)");
        }

        database.migrateToLatest();

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            assertThat(ScratchDatabase.rows(sql, "SELECT facility, register_class, year, last_value FROM register_sequence ORDER BY 1, 2, 3"))
                    .containsExactly("LAPAS-AMUNTAI|B.I|2026|12|", "LAPAS-BARABAI|B.I|2025|9|");
            // The next number of Amuntai goes on; Barabai starts 2026 at 1 and may hold a number Amuntai holds.
            assertThat(ScratchDatabase.rows(sql, """
                    INSERT INTO register_sequence (facility, register_class, year, last_value) VALUES ('LAPAS-AMUNTAI', 'B.I', 2026, 1)
                    ON CONFLICT (facility, register_class, year) DO UPDATE SET last_value = register_sequence.last_value + 1
                    RETURNING last_value""")).containsExactly("13|");
            sql.execute("""
                    UPDATE inmate SET register_number = 'B.I-0007/2026', facility = 'LAPAS-BARABAI'
                    WHERE id = '00000000-0000-0000-0000-000000000003'""");
            assertThat(ScratchDatabase.rows(sql, "SELECT count(*) FROM inmate_name_word WHERE register_number = 'B.I-0007/2026'"))
                    .as("each WBP under their own words, the shared one ('rizani') too").containsExactly("4|");
            assertThat(ScratchDatabase.rows(sql, "SELECT count(*) FROM facility").get(0)).isEqualTo("17|");
            assertThat(ScratchDatabase.rows(sql, """
                    SELECT payload->'facility'->>'name', payload->'facility'->>'regencyCode' FROM outbox_event
                    WHERE event_type = 'inmate.facility-changed' AND aggregate_id = 'LAPAS-BARABAI'"""))
                    .containsExactly("Lapas Kelas IIB Barabai|63.07|");
            assertThat(ScratchDatabase.rows(sql, "SELECT count(*) FROM outbox_event WHERE event_type = 'inmate.facility-changed'"))
                    .containsExactly("17|");
        }
    }
}
