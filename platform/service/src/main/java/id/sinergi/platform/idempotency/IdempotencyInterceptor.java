package id.sinergi.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link Idempotent} write and stores its answer under the caller's key in the same
 * transaction as the work. A second request with that key waits on the key's row (PostgreSQL
 * holds a conflicting insert until the first transaction ends), then replays the stored answer; if
 * the first request failed and rolled back, the second one does the work itself. Keys are per
 * caller and expire after {@code sinergi.idempotency.ttl}.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final List<String> STORED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final int PENDING = 0;

    @Inject
    FacilityClock clock;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "sinergi.idempotency.ttl", defaultValue = "PT24H")
    Duration ttl;

    @AroundInvoke
    Object aroundWrite(InvocationContext invocation) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw Problems.badRequest("idempotency-key");
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String requestHash = hash(request.method().name() + " " + request.path(), invocation.getParameters());
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!claim(caller, key, requestHash)) {
                return replay(caller, key, requestHash);
            }
            Object result = invocation.proceed();
            store(caller, key, (Response) result);
            return result;
        });
    }

    /** Inserts the key, or takes over an expired one; false when a live answer already exists. */
    private boolean claim(String caller, String key, String requestHash) {
        OffsetDateTime now = clock.timestamp();
        return entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (caller, idempotency_key, request_hash, status, headers, expires_at)
                        VALUES (?1, ?2, ?3, ?4, '{}'::jsonb, ?5)
                        ON CONFLICT (caller, idempotency_key) DO UPDATE
                          SET request_hash = excluded.request_hash, status = excluded.status, headers = '{}'::jsonb,
                              body = NULL, created_at = now(), expires_at = excluded.expires_at
                          WHERE idempotency_key.expires_at < ?6""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, PENDING)
                .setParameter(5, now.plus(ttl))
                .setParameter(6, now)
                .executeUpdate() == 1;
    }

    private Response replay(String caller, String key, String requestHash) throws JsonProcessingException {
        Object[] stored = (Object[]) entityManager.createNativeQuery("""
                        SELECT request_hash, status, headers::text, body FROM idempotency_key
                        WHERE caller = ?1 AND idempotency_key = ?2""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getSingleResult();
        if (!requestHash.equals(stored[0])) {
            throw Problems.unprocessable("idempotency-key-reused");
        }
        Response.ResponseBuilder answer = Response.status(((Number) stored[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        Map<String, String> headers = objectMapper.readValue((String) stored[2], new TypeReference<>() {
        });
        headers.forEach(answer::header);
        if (stored[3] != null) {
            answer.entity(stored[3]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.build();
    }

    private void store(String caller, String key, Response response) throws JsonProcessingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : STORED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String body = response.hasEntity() ? objectMapper.writeValueAsString(response.getEntity()) : null;
        entityManager.createNativeQuery("""
                        UPDATE idempotency_key SET status = ?3, headers = CAST(?4 AS jsonb), body = ?5
                        WHERE caller = ?1 AND idempotency_key = ?2""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, objectMapper.writeValueAsString(headers))
                .setParameter(5, body)
                .executeUpdate();
    }

    private String hash(String target, Object[] parameters) throws JsonProcessingException {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            sha256.update(objectMapper.writeValueAsBytes(parameters));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
