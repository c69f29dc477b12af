package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.OffenceTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Issue 20 point 8: the offence table for integrators, and the law and article pairs admitted but not in
 * the table, so that a gap in the table is visible instead of silent.
 */
@ApplicationScoped
public class OffenceCatalogue {

    /** A law and article seen at admission that the table does not know, how often, and one way it was written. */
    public record Uncategorised(String lawCode, String article, long count, String lawAsWritten, String articleAsWritten) {
    }

    public List<OffenceTable.Row> table() {
        return OffenceTable.standard().rows();
    }

    /**
     * Offences categorised OTHER at admission, grouped by law code and article, most frequent first;
     * pairs the current table has learnt since are left out (their stored category stays as it was).
     */
    @Transactional
    public List<Uncategorised> uncategorised() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Inmate.getEntityManager().createNativeQuery("""
                        SELECT law_code, article_ref, count(*), min(law), min(article)
                        FROM offence WHERE category = 'OTHER'
                        GROUP BY law_code, article_ref
                        ORDER BY count(*) DESC, law_code, article_ref""")
                .getResultList();
        OffenceTable table = OffenceTable.standard();
        return rows.stream()
                .map(r -> new Uncategorised((String) r[0], (String) r[1], ((Number) r[2]).longValue(), (String) r[3], (String) r[4]))
                .filter(u -> !table.knows(u.lawCode(), u.article()))
                .toList();
    }
}
