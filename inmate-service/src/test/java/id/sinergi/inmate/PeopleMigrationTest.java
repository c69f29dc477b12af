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
 * V4 (people and stays) on a register made before it: a database of its own is migrated to V3,
 * filled with WBP the old way (identity on the inmate row), then migrated to the latest version.
 * Every WBP must become one person with one stay and lose nothing.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class PeopleMigrationTest {

    private static final String DATABASE = "sinergi_v4_migration";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @Test
    void everyWbpBecomesAPersonWithOneStayAndLosesNothing() throws SQLException {
        ScratchDatabase database = ScratchDatabase.fresh(dataSource, serviceUrl, DATABASE).migrateTo("3");

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO inmate (id, register_number, register_class, full_name, aliases, nik, birth_place, birth_date,
                                        sex, nationality, sentence_start, sentence_years, sentence_months, sentence_days,
                                        expires_on, facility, cell_block, risk_level, status, location, admitted_on, left_on,
                                        release_reason, search_name, created_at, updated_at, version)
                    VALUES ('00000000-0000-0000-0000-000000000001', 'B.I-0001/2024', 'B.I', 'Ahmad Rizani', '{Udin,Rizan}',
                            '6308011203900001', 'Amuntai', '1990-03-12', 'MALE', 'IDN', '2024-01-10', 2, 0, 0, '2026-01-10',
                            'LAPAS-AMUNTAI', 'A-2', 'HIGH', 'RELEASED', 'IN_FACILITY', '2024-01-10', '2026-01-10',
                            'END_OF_SENTENCE', 'ahmad rizani udin rizan', now(), now(), 4),
                           ('00000000-0000-0000-0000-000000000002', 'A.II-0002/2026', 'A.II', 'Siti Aminah', '{}',
                            '6308015507950002', NULL, NULL, 'FEMALE', 'IDN', NULL, NULL, NULL, NULL, NULL,
                            'LAPAS-AMUNTAI', 'W-1', 'LOW', 'IN_CUSTODY', 'IN_FACILITY', '2026-11-02', NULL,
                            NULL, 'siti aminah', now(), now(), 0),
                           ('00000000-0000-0000-0000-000000000003', 'B.IIa-0003/2026', 'B.IIa', 'Lim Wei', '{}',
                            NULL, 'Kuching', '1985-07-01', 'MALE', 'MYS', '2026-02-01', 0, 8, 0, '2026-10-01',
                            'LAPAS-AMUNTAI', 'B-1', 'MEDIUM', 'IN_CUSTODY', 'IN_FACILITY', '2026-02-01', NULL,
                            NULL, 'lim wei', now(), now(), 2)""");
            sql.execute("INSERT INTO offence (inmate_id, position, article, law) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', 0, 'Pasal 362', 'KUHP')");
        }

        database.migrateToLatest();

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            List<String> rows = ScratchDatabase.rows(sql, """
                    SELECT i.register_number, i.version, i.recidivist, i.status, i.search_name, p.full_name,
                           array_to_string(p.aliases, ','), p.nik, p.birth_place, p.birth_date, p.sex, p.nationality,
                           (SELECT count(*) FROM inmate other WHERE other.person_id = p.id),
                           (SELECT count(*) FROM offence o WHERE o.inmate_id = i.id)
                    FROM inmate i JOIN people p ON p.id = i.person_id ORDER BY i.register_number""");
            assertThat(rows).containsExactly(
                    "A.II-0002/2026|0|f|IN_CUSTODY|siti aminah|Siti Aminah||6308015507950002|null|null|FEMALE|IDN|1|0|",
                    "B.I-0001/2024|4|f|RELEASED|ahmad rizani udin rizan|Ahmad Rizani|Udin,Rizan|6308011203900001|Amuntai|1990-03-12|MALE|IDN|1|1|",
                    "B.IIa-0003/2026|2|f|IN_CUSTODY|lim wei|Lim Wei||null|Kuching|1985-07-01|MALE|MYS|1|0|");
            try (ResultSet people = sql.executeQuery("SELECT count(*) FROM people")) {
                people.next();
                assertThat(people.getInt(1)).isEqualTo(3);
            }
            // The identity columns left the stay; the name words still index it.
            try (ResultSet columns = sql.executeQuery("""
                    SELECT count(*) FROM information_schema.columns WHERE table_name = 'inmate'
                    AND column_name IN ('full_name', 'aliases', 'nik', 'birth_place', 'birth_date', 'sex', 'nationality')""")) {
                columns.next();
                assertThat(columns.getInt(1)).isZero();
            }
            try (ResultSet words = sql.executeQuery(
                    "SELECT count(*) FROM inmate_name_word WHERE inmate_id = '00000000-0000-0000-0000-000000000001'")) {
                words.next();
                assertThat(words.getInt(1)).isEqualTo(4);
            }
            // A second open stay of one person is refused by the database too.
            assertThatThrownBy(() -> sql.execute("""
                    INSERT INTO inmate (id, person_id, register_number, register_class, facility, cell_block, risk_level,
                                        status, location, admitted_on, search_name, created_at, updated_at, version,
                                        detaining_authority, detention_ends_on)
                    SELECT gen_random_uuid(), person_id, 'A.I-0009/2026', 'A.I', facility, cell_block, risk_level,
                           'IN_CUSTODY', 'IN_FACILITY', '2026-11-03', search_name, now(), now(), 0, 'Polres HSU', '2026-11-20'
                    FROM inmate WHERE id = '00000000-0000-0000-0000-000000000002'"""))
                    .hasMessageContaining("inmate_one_open_stay");
        }
    }
}
