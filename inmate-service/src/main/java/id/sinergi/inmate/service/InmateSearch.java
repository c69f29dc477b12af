package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Cursor;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Listing;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Search of the register. A name matches word by word: each word of the query must match a word of
 * the name or aliases, exactly or closely (trigram similarity or a small edit distance, so typos and
 * spelling variants such as "Akhmad" for "Ahmad" still match). NIK and register number match
 * exactly; the rest are filters. Results sort by closeness of the name (name searches), by expected
 * release (release windows), then register number, so pages are stable.
 *
 * <p>A common name word matches a large part of the register, and ranking every match costs too
 * much at a million WBP. So a name search pages through its {@link #BEST_NAME_MATCHES} best matches
 * (a registry desk narrows by NIK, class or block long before it would page further), and finds them
 * without ranking everything: query words are first matched against the small dictionary of distinct
 * name words ({@code name_word}); WBP are then read by exact word. One query word takes its close
 * words tier by tier, best first, each tier from a b-tree of (word, register number) that is already
 * in the answer's order. Several words first take the WBP with all of them exactly, by joining
 * their ranges in that b-tree; then close matches from a GIN index over the name words, which
 * intersects the words' posting lists and leaves few candidates to rank. Other searches count exactly.
 */
@ApplicationScoped
public class InmateSearch {

    public static final int BEST_NAME_MATCHES = 50;

    /** More words than any name has; a longer query is not a name. */
    public static final int MAX_NAME_WORDS = 8;

    /**
     * Each distinct word of the query with the dictionary words close to it, best first; a word with
     * no close word comes back once with nulls. Close: equal, trigram similarity of at least 0.5, or
     * at most 1 edit (words of 4–5 letters) or 2 edits (6 or more letters). Edit-distance candidates
     * share the first letter, which keeps that part of the scan on an index.
     */
    private static final String CLOSE_WORDS = """
            WITH query AS (SELECT DISTINCT w FROM regexp_split_to_table(lower(?1), '[^[:alnum:]]+') w WHERE w <> '')
            SELECT query.w, close.word, close.closeness
            FROM query LEFT JOIN LATERAL (
                SELECT d.word,
                       CASE WHEN d.word = query.w THEN 1.0::float8
                            ELSE greatest(similarity(d.word, query.w)::float8,
                                          1.0 - levenshtein_less_equal(d.word, query.w, 2)::float8 / length(query.w)) END AS closeness
                FROM name_word d
                WHERE (d.word % query.w OR left(d.word, 1) = left(query.w, 1))
                  AND (d.word = query.w OR similarity(d.word, query.w) >= 0.5
                       OR levenshtein_less_equal(d.word, query.w, 2)
                          <= CASE WHEN length(query.w) >= 6 THEN 2 WHEN length(query.w) >= 4 THEN 1 ELSE 0 END)
            ) close ON true
            ORDER BY query.w, close.closeness DESC, close.word
            """;

    /** A query word's close dictionary words, best first, and how close each is (1 = equal). */
    private record CloseWords(List<String> words, List<Double> closeness) {
    }

    public record Criteria(String name, String nik, String registerNumber, InmateStatus status,
                           RegisterClass registerClass, RiskLevel riskLevel, String cellBlock,
                           LocalDate releaseFrom, LocalDate releaseTo) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    FacilityScope facilityScope;

    /**
     * The orders of the register (native SQL, so column names): by register number unless a release
     * window asks for who leaves first; {@code changes} for agency systems that keep a copy.
     */
    public static final ListOrder<Inmate> ORDER = ListOrder.<Inmate>byId("id", UUID.class, inmate -> inmate.id)
            .key("registerNumber", "register_number", String.class, inmate -> inmate.registerNumber)
            .nullableKey("expectedRelease", "expected_release", LocalDate.class, Inmate::expectedRelease)
            .key("admittedOn", "admitted_on", LocalDate.class, inmate -> inmate.admittedOn)
            .key("createdAt", "created_at", OffsetDateTime.class, inmate -> inmate.createdAt)
            .updatedAt("updated_at", OffsetDateTime.class, inmate -> inmate.updatedAt)
            .changes("change_position", inmate -> inmate.changePosition)
            .sortedBy("registerNumber");

    public Page<Inmate> search(Criteria criteria, PageRequest request) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        // Lapas staff see their facility's WBP (and those in transit to it); every filter below runs inside it.
        facilityScope.sqlCondition("inmate", "?").ifPresent(visible ->
                condition(where, parameters, visible, facilityScope.facility().orElseThrow()));
        // The NIK is the person's: every stay of the person with this NIK.
        condition(where, parameters, "person_id IN (SELECT people.id FROM people WHERE people.nik = ?)", criteria.nik());
        condition(where, parameters, "register_number = ?", criteria.registerNumber());
        condition(where, parameters, "status = ?", criteria.status() == null ? null : criteria.status().name());
        condition(where, parameters, "register_class = ?",
                criteria.registerClass() == null ? null : criteria.registerClass().code());
        condition(where, parameters, "risk_level = ?", criteria.riskLevel() == null ? null : criteria.riskLevel().name());
        condition(where, parameters, "cell_block = ?", criteria.cellBlock());
        condition(where, parameters, "expected_release >= ?", criteria.releaseFrom());
        condition(where, parameters, "expected_release <= ?", criteria.releaseTo());

        // A release window lists who leaves first; everything else by register number.
        Listing<Inmate> listing = ORDER.read(request,
                criteria.releaseFrom() != null || criteria.releaseTo() != null ? "expectedRelease" : "registerNumber");
        where.append(listing.sqlFilter(parameters));
        if (criteria.name() != null && !criteria.name().isBlank()) {
            refuseOrderOfNameSearch(request);
            return byName(criteria.name(), where.toString(), parameters, request.page, request.size);
        }
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM inmate" + where, Long.class);
        bind(count, parameters);
        return listing.read(() -> ((Number) count.getSingleResult()).longValue(), (offset, limit) -> {
            List<Object> itemParameters = new ArrayList<>(parameters);
            String after = listing.sqlAfterCursor(itemParameters);
            Query select = entityManager.createNativeQuery("SELECT * FROM inmate" + where + after + listing.sqlOrderBy(), Inmate.class);
            bind(select, itemParameters);
            @SuppressWarnings("unchecked")
            List<Inmate> items = select.setFirstResult(offset).setMaxResults(limit).getResultList();
            return items;
        });
    }

    /** A name search is ranked by closeness and pages by number through its best matches: no other order, no cursor. */
    private static void refuseOrderOfNameSearch(PageRequest request) {
        if (request.sort != null) {
            throw Problems.invalidQueryParameter(PageRequest.SORT, "sort-of-name-search");
        }
        if (request.cursor != null) {
            throw Problems.invalidQueryParameter(Cursor.PARAMETER, "cursor-of-name-search");
        }
    }

    /** The best matches by name, best first, then the page's records by id. */
    private Page<Inmate> byName(String name, String filters, List<Object> parameters, int page, int size) {
        List<CloseWords> query = closeWords(name);
        List<UUID> ranked = query.isEmpty() || query.stream().anyMatch(word -> word.words().isEmpty())
                ? List.of()
                : query.size() == 1 ? bestByTier(query.get(0), filters, parameters) : bestOfSeveralWords(query, filters, parameters);
        List<UUID> onPage = ranked.subList(Math.min(page * size, ranked.size()), Math.min((page + 1) * size, ranked.size()));
        Map<UUID, Inmate> records = Inmate.<Inmate>list("id in ?1", onPage).stream()
                .collect(Collectors.toMap(inmate -> inmate.id, Function.identity()));
        return new Page<>(onPage.stream().map(records::get).toList(), page, size, ranked.size());
    }

    private List<CloseWords> closeWords(String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(CLOSE_WORDS).setParameter(1, name).getResultList();
        Map<String, CloseWords> byQueryWord = new LinkedHashMap<>();
        for (Object[] row : rows) {
            CloseWords close = byQueryWord.computeIfAbsent((String) row[0], word -> new CloseWords(new ArrayList<>(), new ArrayList<>()));
            if (row[1] != null) {
                close.words().add((String) row[1]);
                close.closeness().add(((Number) row[2]).doubleValue());
            }
        }
        if (byQueryWord.size() > MAX_NAME_WORDS) {
            throw Problems.badRequest("name-too-long", MAX_NAME_WORDS);
        }
        return List.copyOf(byQueryWord.values());
    }

    /**
     * One query word: its close words in tiers of equal closeness, best first; each tier's WBP in
     * register-number order, until enough. A common word fills the list with the first entries of
     * its range in {@code inmate_name_word}, never reading all its WBP.
     */
    private List<UUID> bestByTier(CloseWords word, String filters, List<Object> parameters) {
        List<UUID> best = new ArrayList<>();
        int from = 0;
        while (from < word.words().size() && best.size() < BEST_NAME_MATCHES) {
            int to = from;
            while (to < word.words().size() && word.closeness().get(to).equals(word.closeness().get(from))) {
                to++;
            }
            // Each word's range is in register-number order; merging the first entries of each
            // keeps that order without sorting all of them. The filters run inside EXISTS, where
            // their column names mean the inmate's.
            int wanted = BEST_NAME_MATCHES - best.size();
            List<Object> tierParameters = new ArrayList<>(parameters);
            List<String> ranges = new ArrayList<>();
            for (String closeWord : word.words().subList(from, to)) {
                tierParameters.add(closeWord);
                ranges.add("(SELECT entry.inmate_id, entry.register_number FROM inmate_name_word entry"
                        + " WHERE entry.word = ?" + tierParameters.size()
                        + " AND EXISTS (SELECT 1 FROM inmate" + filters + " AND inmate.id = entry.inmate_id)"
                        + " ORDER BY entry.register_number LIMIT " + wanted + ")");
            }
            Query tier = entityManager.createNativeQuery("SELECT inmate_id FROM (" + String.join(" UNION ALL ", ranges)
                    + ") tier ORDER BY register_number LIMIT " + wanted, UUID.class);
            bind(tier, tierParameters);
            @SuppressWarnings("unchecked")
            List<UUID> found = tier.getResultList();
            best.addAll(found);
            from = to;
        }
        return best;
    }

    /**
     * Several query words: first the WBP with every word exactly, in register-number order; then, if
     * that leaves room, those with a close word for each, best sum of closeness first.
     */
    private List<UUID> bestOfSeveralWords(List<CloseWords> query, String filters, List<Object> parameters) {
        boolean everyWordKnown = query.stream().allMatch(word -> word.closeness().get(0) == 1.0);
        List<UUID> best = new ArrayList<>(everyWordKnown ? withEveryWord(query, filters, parameters) : List.of());
        if (best.size() < BEST_NAME_MATCHES) {
            best.addAll(withCloseWords(query, everyWordKnown, filters, parameters, BEST_NAME_MATCHES - best.size()));
        }
        return best;
    }

    /**
     * A join of the words' ranges on register number: both sides come in that order, so the first
     * matches come without reading all of either range or any inmate row, even when the words
     * always go together (a two-word alias) and the intersection is large.
     */
    private List<UUID> withEveryWord(List<CloseWords> query, String filters, List<Object> parameters) {
        List<Object> joinParameters = new ArrayList<>(parameters);
        StringBuilder join = new StringBuilder("SELECT w0.inmate_id FROM inmate_name_word w0");
        for (int i = 1; i < query.size(); i++) {
            joinParameters.add(query.get(i).words().get(0));
            join.append(" JOIN inmate_name_word w").append(i).append(" ON w").append(i).append(".word = ?").append(joinParameters.size())
                    .append(" AND w").append(i).append(".register_number = w0.register_number")
                    // Register numbers repeat across facilities: the same WBP is the same id.
                    .append(" AND w").append(i).append(".inmate_id = w0.inmate_id");
        }
        joinParameters.add(query.get(0).words().get(0));
        join.append(" WHERE w0.word = ?").append(joinParameters.size())
                .append(" AND EXISTS (SELECT 1 FROM inmate").append(filters).append(" AND inmate.id = w0.inmate_id)")
                .append(" ORDER BY w0.register_number LIMIT ").append(BEST_NAME_MATCHES);
        Query exact = entityManager.createNativeQuery(join.toString(), UUID.class);
        bind(exact, joinParameters);
        @SuppressWarnings("unchecked")
        List<UUID> found = exact.getResultList();
        return found;
    }

    /**
     * WBP with a close word for each query word (the GIN index intersects the words' posting
     * lists), ranked by the sum of each query word's best closeness; without those that have every
     * word exactly when {@link #withEveryWord} listed them already.
     */
    private List<UUID> withCloseWords(List<CloseWords> query, boolean exactListed, String filters, List<Object> parameters, int wanted) {
        List<Object> scoreParameters = new ArrayList<>(parameters);
        StringBuilder matches = new StringBuilder();
        StringBuilder score = new StringBuilder("0");
        for (CloseWords word : query) {
            scoreParameters.add(String.join(" ", word.words()));
            int words = scoreParameters.size();
            scoreParameters.add(word.closeness().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            int closeness = scoreParameters.size();
            matches.append(" AND name_words && string_to_array(?").append(words).append(", ' ')");
            score.append(" + (SELECT max(m.closeness) FROM unnest(string_to_array(?").append(words)
                    .append(", ' '), string_to_array(?").append(closeness).append(", ' ')::float8[]) m(word, closeness)")
                    .append(" WHERE m.word = ANY (name_words))");
        }
        if (exactListed) {
            scoreParameters.add(query.stream().map(word -> word.words().get(0)).collect(Collectors.joining(" ")));
            matches.append(" AND NOT name_words @> string_to_array(?").append(scoreParameters.size()).append(", ' ')");
        }
        Query best = entityManager.createNativeQuery("SELECT id FROM inmate" + filters + matches
                + " ORDER BY " + score + " DESC, register_number, id LIMIT " + wanted, UUID.class);
        bind(best, scoreParameters);
        @SuppressWarnings("unchecked")
        List<UUID> ranked = best.getResultList();
        return ranked;
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
