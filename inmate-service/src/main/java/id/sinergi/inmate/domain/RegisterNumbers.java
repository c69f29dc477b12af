package id.sinergi.inmate.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gives register numbers such as {@code B.I-0123/2026}: the class, the next number within that
 * facility, class and year, and the year. Each facility numbers its own register, so the same
 * number may stand in two facilities (unique per facility, V16). The counter row stays locked until the admission's transaction
 * ends, so concurrent admissions wait for each other and a rolled-back admission gives its number
 * back: no gaps, no duplicates.
 */
@ApplicationScoped
public class RegisterNumbers {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String facility, RegisterClass registerClass, int year) {
        Number sequence = (Number) entityManager.createNativeQuery("""
                        INSERT INTO register_sequence (facility, register_class, year, last_value) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (facility, register_class, year) DO UPDATE SET last_value = register_sequence.last_value + 1
                        RETURNING last_value""")
                .setParameter(1, facility)
                .setParameter(2, registerClass.code())
                .setParameter(3, year)
                .getSingleResult();
        return format(registerClass, sequence.intValue(), year);
    }

    static String format(RegisterClass registerClass, int sequence, int year) {
        return "%s-%04d/%d".formatted(registerClass.code(), sequence, year);
    }
}
