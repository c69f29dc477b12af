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
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Search of the register. A name matches by trigram word similarity against name and aliases
 * (GiST index; tolerates typos and finds a name inside a longer one); NIK and register number match
 * exactly; the rest are filters. Results sort by register number (by expected release first when a
 * release window is given), then id, so pages are stable.
 *
 * <p>A common name can match a large part of the register, and counting or ranking every match
 * costs hundreds of milliseconds at a million WBP. So a name search takes the
 * {@link #BEST_NAME_MATCHES} nearest matches straight from the index (a nearest-first index scan
 * that stops there) and pages through those; a registry desk narrows by NIK, class or block long
 * before it would page further. Other searches count exactly.
 */
@ApplicationScoped
public class InmateSearch {

    public static final int BEST_NAME_MATCHES = 50;

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
        if (byName) {
            return byName(where.toString(), parameters, page, size);
        }
        // A release window lists who leaves first; everything else by register number.
        String order = criteria.releaseFrom() != null || criteria.releaseTo() != null
                ? " ORDER BY coalesce(expires_on, detention_ends_on), register_number, id"
                : " ORDER BY register_number, id";
        Query select = entityManager.createNativeQuery("SELECT * FROM inmate" + where + order, Inmate.class);
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM inmate" + where, Long.class);
        bind(select, parameters);
        bind(count, parameters);
        @SuppressWarnings("unchecked")
        List<Inmate> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }

    /** The best matches by name, nearest first from the index, then the page's records by id. */
    private Page<Inmate> byName(String where, List<Object> parameters, int page, int size) {
        Query best = entityManager.createNativeQuery(
                "SELECT id FROM (SELECT id, register_number, ?1 <<-> search_name AS distance FROM inmate" + where
                        + " ORDER BY ?1 <<-> search_name LIMIT " + BEST_NAME_MATCHES + ") best"
                        + " ORDER BY distance, register_number, id", UUID.class);
        bind(best, parameters);
        @SuppressWarnings("unchecked")
        List<UUID> ranked = best.getResultList();
        List<UUID> onPage = ranked.subList(Math.min(page * size, ranked.size()), Math.min((page + 1) * size, ranked.size()));
        Map<UUID, Inmate> records = Inmate.<Inmate>list("id in ?1", onPage).stream()
                .collect(Collectors.toMap(inmate -> inmate.id, Function.identity()));
        return new Page<>(onPage.stream().map(records::get).toList(), page, size, ranked.size());
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
        if (value == null) {
            return;
        }
        parameters.add(value);
        where.append(" AND ").append(clause.replace("?", "?" + parameters.size()));
    }
}
