package id.sinergi.inmate.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 20 point 8: the offence table as shipped, and how laws and articles are read. */
class OffenceTableTest {

    private static final LocalDate OLD_CASE = LocalDate.of(2025, 11, 20);
    private static final LocalDate NEW_CASE = LocalDate.of(2026, 1, 2);
    private final OffenceTable table = OffenceTable.standard();

    @Test
    void theTableLoadsAndNoTwoRangesOfOneLawOverlap() {
        List<OffenceTable.Row> rows = table.rows();
        assertThat(rows).isNotEmpty();
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (rows.get(i).overlaps(rows.get(j))) {
                    overlaps.add(rows.get(i) + " / " + rows.get(j));
                }
            }
        }
        assertThat(overlaps).as("overlapping rows").isEmpty();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.source()).as("every row names its source").isNotBlank();
            assertThat(row.category()).as("OTHER is what the table does not know").isNotEqualTo(OffenceCategory.OTHER);
        });
    }

    @Test
    void overlapsAreFound() {
        var a = new OffenceTable.Row("KUHP", 362, 364, OffenceCategory.PROPERTY_CRIME, "s");
        assertThat(a.overlaps(new OffenceTable.Row("KUHP", 364, 365, OffenceCategory.VIOLENT_CRIME, "s"))).isTrue();
        assertThat(a.overlaps(new OffenceTable.Row("KUHP", 365, 365, OffenceCategory.VIOLENT_CRIME, "s"))).isFalse();
        assertThat(a.overlaps(new OffenceTable.Row("UU-1-2023", 362, 364, OffenceCategory.VIOLENT_CRIME, "s"))).isFalse();
        assertThat(a.overlaps(new OffenceTable.Row("KUHP", null, null, OffenceCategory.VIOLENT_CRIME, "s"))).isTrue();
    }

    @Test
    void aBadRowIsRefusedWithItsLine() {
        byte[] csv = "# comment\nKUHP,1,2,NARCOTICS\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OffenceTable.read(new ByteArrayInputStream(csv))).hasMessageContaining("line 2");
    }

    @Test
    void lawsAreReadAsCodesWhicheverWayTheyAreWritten() {
        assertThat(OffenceTable.lawCode("UU 35/2009 tentang Narkotika", null)).isEqualTo("UU-35-2009");
        assertThat(OffenceTable.lawCode("UU No. 35 Tahun 2009", null)).isEqualTo("UU-35-2009");
        assertThat(OffenceTable.lawCode("Undang-Undang Nomor 5 Tahun 2018", null)).isEqualTo("UU-5-2018");
        assertThat(OffenceTable.lawCode("UU-12-2022", null)).isEqualTo("UU-12-2022");
        assertThat(OffenceTable.lawCode("UU 31/1999 jo. UU 20/2001", null)).isEqualTo("UU-31-1999");
        assertThat(OffenceTable.lawCode("Perppu 1/2002", null)).isEqualTo("PERPPU-1-2002");
        assertThat(OffenceTable.lawCode("UU 1/2023 tentang KUHP", OLD_CASE)).isEqualTo("UU-1-2023");
        assertThat(OffenceTable.lawCode("KUHP (WvS)", NEW_CASE)).isEqualTo("KUHP");
        assertThat(OffenceTable.lawCode("UU 1/1946", NEW_CASE)).isEqualTo("KUHP");
        assertThat(OffenceTable.lawCode("Peraturan Daerah X", null)).isEqualTo("PERATURAN DAERAH X");
    }

    @Test
    void aBareKuhpIsTheOldCodeBeforeTheSecondOfJanuary2026AndTheNewOneFromIt() {
        assertThat(OffenceTable.lawCode("KUHP", LocalDate.of(2026, 1, 1))).isEqualTo("KUHP");
        assertThat(OffenceTable.lawCode("KUHP", NEW_CASE)).isEqualTo("UU-1-2023");
        assertThat(table.categorise("KUHP", "Pasal 362", OLD_CASE).category()).isEqualTo(OffenceCategory.PROPERTY_CRIME);
        assertThat(table.categorise("KUHP", "Pasal 476", NEW_CASE).category()).isEqualTo(OffenceCategory.PROPERTY_CRIME);
        assertThat(table.categorise("KUHP", "Pasal 476", OLD_CASE).category())
                .as("476 of the old KUHP is no theft article").isEqualTo(OffenceCategory.OTHER);
        assertThat(table.categorise("KUHP (WvS)", "Pasal 340", NEW_CASE))
                .as("an old-code article on a new case is taken as given")
                .isEqualTo(new OffenceTable.Categorised("KUHP", "340", OffenceCategory.VIOLENT_CRIME));
    }

    @Test
    void specialLawsAndInsertedArticles() {
        assertThat(table.categorise("UU 35/2009", "Pasal 114 ayat (1)", null))
                .isEqualTo(new OffenceTable.Categorised("UU-35-2009", "114", OffenceCategory.NARCOTICS));
        assertThat(table.categorise("UU 35/2009", "Pasal 54", null).category()).as("not a criminal provision").isEqualTo(OffenceCategory.OTHER);
        assertThat(table.categorise("UU No. 8 Tahun 2010", "Pasal 3", null).category()).isEqualTo(OffenceCategory.MONEY_LAUNDERING);
        assertThat(table.categorise("UU 5/2018", "Pasal 16A", null).category()).isEqualTo(OffenceCategory.TERRORISM);
        assertThat(table.categorise("UU 12/2022", "Pasal 6 huruf c", null).category()).isEqualTo(OffenceCategory.SEXUAL_VIOLENCE);
        assertThat(table.categorise("UU 12/2022", "Pasal 7", null).category()).isEqualTo(OffenceCategory.OTHER);
        assertThat(table.categorise("UU 23/2004", "Pasal 44 ayat (1)", null).category()).isEqualTo(OffenceCategory.DOMESTIC_VIOLENCE);
        assertThat(table.categorise("KUHP", "Pasal 365 ayat (2)", OLD_CASE).category()).isEqualTo(OffenceCategory.VIOLENT_CRIME);
        assertThat(table.categorise("UU 1/2023", "Pasal 604", null).category()).isEqualTo(OffenceCategory.CORRUPTION);
        assertThat(table.categorise("UU No. 17 Tahun 2016", "Pasal 81 ayat (1)", null).category()).isEqualTo(OffenceCategory.SEXUAL_VIOLENCE);
        assertThat(table.categorise("UU 35/2014", "Pasal 76C", null).category())
                .as("a prohibition, not a criminal provision").isEqualTo(OffenceCategory.OTHER);
        assertThat(OffenceTable.Article.parse("Pasal 76C")).isEqualTo(new OffenceTable.Article(76, "C"));
        var range = new OffenceTable.Row("X", 76, 77, OffenceCategory.OTHER, "s");
        assertThat(table.knows("UU-35-2009", "148")).isTrue();
        assertThat(new OffenceTable(List.of(range)).knows("X", "76C")).as("76C lies between 76 and 77").isTrue();
        assertThat(new OffenceTable(List.of(range)).knows("X", "77A")).as("77A lies after 77").isFalse();
        assertThat(table.categorise("UU 19/2016", "Pasal 45A", null))
                .isEqualTo(new OffenceTable.Categorised("UU-19-2016", "45A", OffenceCategory.OTHER));
        assertThat(table.categorise("KUHP", "tidak diketahui", OLD_CASE).article()).isNull();
    }
}
