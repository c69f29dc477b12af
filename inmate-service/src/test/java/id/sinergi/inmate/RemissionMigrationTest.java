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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V8 (remission types, Register F) on remissions recorded before it: a database of its own is migrated
 * to V3, given a WBP with two remissions, then migrated to the latest version. The remission granted on
 * 17 August becomes GENERAL; the other keeps no type; none gets a decree date it never had.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class RemissionMigrationTest {

    private static final String DATABASE = "sinergi_v8_migration";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @Test
    void remissionsOf17AugustBecomeGeneralAndTheOthersKeepNoType() throws SQLException {
        ScratchDatabase database = ScratchDatabase.fresh(dataSource, serviceUrl, DATABASE).migrateTo("3");

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO inmate (id, register_number, register_class, full_name, aliases, nik, sex, nationality,
                                        sentence_start, sentence_years, sentence_months, sentence_days, remission_days,
                                        expires_on, facility, cell_block, risk_level, status, location, admitted_on,
                                        search_name, created_at, updated_at, version)
                    VALUES ('00000000-0000-0000-0000-000000000008', 'B.I-0008/2025', 'B.I', 'Ahmad Rizani', '{}',
                            '6308011203900008', 'MALE', 'IDN', '2025-01-10', 3, 0, 0, 45, '2027-11-26',
                            'LAPAS-AMUNTAI', 'A-2', 'HIGH', 'IN_CUSTODY', 'IN_FACILITY', '2025-01-10',
                            'ahmad rizani', now(), now(), 2)""");
            sql.execute("""
                    INSERT INTO remission (inmate_id, days, decree_number, granted_on, recorded_by, recorded_at) VALUES
                    ('00000000-0000-0000-0000-000000000008', 30, 'PAS-17.08/2025', '2025-08-17', 'registrar-1', now()),
                    ('00000000-0000-0000-0000-000000000008', 15, 'PAS-RK/2025', '2025-12-25', 'registrar-1', now())""");
        }

        database.migrateToLatest();

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            List<String> rows = ScratchDatabase.rows(sql, 
                    "SELECT decree_number, days, granted_on, type, ground, decree_date FROM remission ORDER BY granted_on");
            assertThat(rows).containsExactly(
                    "PAS-17.08/2025|30|2025-08-17|GENERAL|null|null|",
                    "PAS-RK/2025|15|2025-12-25|null|null|null|");
            try (ResultSet entries = sql.executeQuery("SELECT count(*) FROM disciplinary_entry")) {
                entries.next();
                assertThat(entries.getInt(1)).isZero();
            }
            // A sanction that ends before it starts is refused by the database too.
            assertThatThrownBy(() -> sql.execute("""
                    INSERT INTO disciplinary_entry (inmate_id, violation, decision_number, decision_date, sanction,
                                                    sanction_start, sanction_end, recorded_by, recorded_at)
                    VALUES ('00000000-0000-0000-0000-000000000008', 'x', 'K-1', '2026-01-01', 'x', '2026-01-05', '2026-01-04',
                            'kamtib-1', now())""")).hasMessageContaining("disciplinary_entry_check");
        }
    }
}
