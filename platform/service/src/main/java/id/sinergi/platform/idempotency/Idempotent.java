package id.sinergi.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST write that honours the {@code Idempotency-Key} header: a retry with the same key
 * and the same request replays the first answer without doing the work again. The method must
 * return a {@code jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
