package id.sinergi.liaison;

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
 * V8 and V9 on data recorded before them: a database of its own is migrated to V7, given information
 * requests with the old categories and incidents Polres already followed up, then migrated to V9.
 * MOVEMENTS and TIMELINE become MOVEMENTS_AND_TIMELINE (once), VISITS goes, a request left with
 * nothing asks for IDENTITY; each followed-up incident gets the one step that is known of it.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class CaseMigrationTest {

    private static final String DATABASE = "sinergi_liaison_v9_migration";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @Test
    void oldCategoriesAreMappedAndFollowedUpIncidentsGetTheirKnownStep() throws SQLException {
        ScratchDatabase database = ScratchDatabase.fresh(dataSource, serviceUrl, DATABASE).migrateTo("7");

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            String request = """
                    INSERT INTO info_request (id, inmate_id, facility, register_number, officer, polres_unit, purpose, letter_number,
                                              requested_data, needed_by, state, submitted_at, answer_due_at, provided_data, version)
                    VALUES ('00000000-0000-0000-0000-00000000000%s', '00000000-0000-0000-0000-000000000001', 'LAPAS-AMUNTAI',
                            'B.I-0001/2026', 'officer-7', 'POLRES-HSU', 'Penyidikan', 'B/1', '%s', '2026-12-01', '%s', now(), now(),
                            %s, 0)""";
            sql.execute(request.formatted(1, "{IDENTITY,MOVEMENTS,VISITS,TIMELINE}", "FULFILLED", "'{TIMELINE,VISITS}'"));
            sql.execute(request.formatted(2, "{VISITS}", "SUBMITTED", "NULL"));
            sql.execute(request.formatted(3, "{PROGRAMMES,KEY_DATES}", "APPROVED", "NULL"));
            String incident = """
                    INSERT INTO incident (id, facility, polres_unit, type, severity, occurred_at, place, description, evidence, state,
                                          shared_by, shared_at, police_report_number, followed_up_by, followed_up_at, follow_up_note,
                                          closed_by, closed_at, closing_reason, created_by, created_at, updated_at, version)
                    VALUES ('00000000-0000-0000-0000-0000000000a%s', 'LAPAS-AMUNTAI', 'POLRES-HSU', 'FIGHT', 'LOW', now(), 'Blok A', 'x',
                            '{}', '%s', %s, %s, 'LP/B/1/2026', %s, %s, %s, %s, %s, %s, 'kamtib-1', now(), now(), 3)""";
            sql.execute(incident.formatted(1, "CHARGED", "'kamtib-1'", "now()", "'officer-7'",
                    "'2026-11-20T02:00:00Z'", "'Tahap I'", "NULL", "NULL", "NULL"));
            sql.execute(incident.formatted(2, "CLOSED", "'kamtib-1'", "now()", "'officer-7'",
                    "'2026-11-20T02:00:00Z'", "'Diterima'", "'kapolres'", "'2026-11-22T02:00:00Z'", "'SP3'"));
            sql.execute(incident.formatted(3, "CLOSED", "NULL", "NULL", "NULL", "NULL", "NULL", "'kamtib-1'", "now()",
                    "'Teguran'"));
        }

        database.migrateTo("9");

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            assertThat(ScratchDatabase.rows(sql, "SELECT id, requested_data, provided_data FROM info_request ORDER BY id")).containsExactly(
                    "00000000-0000-0000-0000-000000000001|{IDENTITY,MOVEMENTS_AND_TIMELINE}|{MOVEMENTS_AND_TIMELINE}|",
                    "00000000-0000-0000-0000-000000000002|{IDENTITY}|null|",
                    "00000000-0000-0000-0000-000000000003|{PROGRAMMES,KEY_DATES}|null|");
            assertThat(ScratchDatabase.rows(sql, """
                    SELECT incident_id, action, state, police_report_number, note, acted_by FROM incident_follow_up
                    ORDER BY incident_id, acted_at""")).containsExactly(
                    "00000000-0000-0000-0000-0000000000a1|charge|CHARGED|LP/B/1/2026|Tahap I|officer-7|",
                    "00000000-0000-0000-0000-0000000000a2|close|CLOSED|LP/B/1/2026|SP3|kapolres|");
        }
    }
}
