package id.sinergi.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an entity under the audit trail: every insert, update and delete of it is recorded with the
 * actor, the action and the changed fields' before and after, in the transaction of the change (see
 * {@link AuditInterceptor}). Nothing else is needed in the write paths.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface Audited {

    /**
     * The property holding the WBP (inmate) id the change concerns, so auditors can ask for
     * everything that changed about one WBP; the entity's identifier may be named too. Empty when
     * the entity is about no single WBP.
     */
    String inmate() default "";

    /**
     * Properties left out of the trail: derived values (a search column, a timestamp the change
     * itself sets). The {@code @Version} property and collections are always left out.
     */
    String[] ignore() default {};
}
