package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search of the register. A name matches by trigram word similarity against name and aliases
 * (GiST index; tolerates typos and finds a name inside a longer one), nearest first straight from
 * the index; NIK and register number match exactly; the rest are filters. Ties sort by register
 * number and id, so pages are stable. A common name can match a large part of the register: the
 * total of a name search is counted up to {@link #NAME_TOTAL_CAP} (a registry desk narrows its
 * search long before), the total of other searches exactly.
 */
@ApplicationScoped
public class InmateSearch {

    public static final int NAME_TOTAL_CAP = 10_000;

    public record Criteria(String name, String nik, String registerNumber, InmateStatus status,
                           RegisterClass registerClass, RiskLevel riskLevel, String cellBlock,
                           LocalDate releaseFrom, LocalDate releaseTo) {
    }

    @Inject
    EntityManager entityManager;

    public Page<Inmate> search(Criteria criteria, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        String name = criteria.name() == null ? null : criteria.name().strip().toLowerCase(Locale.ROOT);
        if (name != null && !name.isEmpty()) {
            parameters.add(name);
            where.append(" AND ?").append(parameters.size()).append(" <% search_name");
        }
        condition(where, parameters, "nik = ?", criteria.nik());
        condition(where, parameters, "register_number = ?", criteria.registerNumber());
        condition(where, parameters, "status = ?", criteria.status() == null ? null : criteria.status().name());
        condition(where, parameters, "register_class = ?",
                criteria.registerClass() == null ? null : criteria.registerClass().code());
        condition(where, parameters, "risk_level = ?", criteria.riskLevel() == null ? null : criteria.riskLevel().name());
        condition(where, parameters, "cell_block = ?", criteria.cellBlock());
        condition(where, parameters, "coalesce(expires_on, detention_ends_on) >= ?", criteria.releaseFrom());
        condition(where, parameters, "coalesce(expires_on, detention_ends_on) <= ?", criteria.releaseTo());

        boolean byName = name != null && !name.isEmpty();
        String order = byName ? " ORDER BY ?1 <<-> search_name, register_number, id" : " ORDER BY register_number, id";
        Query select = entityManager.createNativeQuery("SELECT * FROM inmate" + where + order, Inmate.class);
        Query count = entityManager.createNativeQuery(byName
                ? "SELECT count(*) FROM (SELECT 1 FROM inmate" + where + " LIMIT " + NAME_TOTAL_CAP + ") matches"
                : "SELECT count(*) FROM inmate" + where, Long.class);
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
            count.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Inmate> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }

    private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
        if (value == null) {
            return;
        }
        parameters.add(value);
        where.append(" AND ").append(clause.replace("?", "?" + parameters.size()));
    }
}
