package id.sinergi.platform.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;

/**
 * Remembers the bearer tokens this service has verified. Every request through the gateway carries
 * the caller's token and each service checks it again; an agency system sends the same token until
 * it expires, and checking its RS256 signature on every request was a fifth of inmate-service's CPU
 * per admission (JFR, 16 connections). Here a token is verified once; until it expires the same
 * bytes give the same claims. A remembered token is used only while it has not expired, and after
 * {@link #REMEMBERED_FOR} it is verified again, so a signing key withdrawn by the identity provider
 * stops being accepted within that time. Quarkus' JWT mechanism calls {@link #parse(String)}.
 *
 * <p>The gateway uses it too, where it checks every proxied request's token itself: there checking
 * the signature again each time was about a third of the gateway's CPU.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            // Upkeep runs on the calling thread: handing it to the common pool woke a pool thread
            // every few reads, a thread switch per handful of requests (on a busy event loop, in the gateway).
            .executor(Runnable::run)
            .expireAfterWrite(REMEMBERED_FOR)
            .maximumSize(20_000)
            .build();

    @Inject
    DefaultJWTParser parser;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > System.currentTimeMillis() / 1000) {
            return known;
        }
        JsonWebToken parsed = parser.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
