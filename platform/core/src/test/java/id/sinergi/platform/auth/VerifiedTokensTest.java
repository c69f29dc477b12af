package id.sinergi.platform.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    /** Stands in for signature checking: counts the tokens it is asked to verify. */
    static class CountingParser extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();
        long expiresAt;
        boolean refuse;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (refuse) {
                throw new ParseException("expired");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("officer-1");
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiresAt));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    }

    private static VerifiedTokens tokens(CountingParser parser) {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.parser = parser;
        return tokens;
    }

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() throws ParseException {
        CountingParser parser = new CountingParser();
        parser.expiresAt = System.currentTimeMillis() / 1000 + 3600;
        VerifiedTokens tokens = tokens(parser);
        assertThat(tokens.parse("a.b.c").getSubject()).isEqualTo("officer-1");
        assertThat(tokens.parse("a.b.c").getSubject()).isEqualTo("officer-1");
        tokens.parse("d.e.f");
        assertThat(parser.verified).containsExactly("a.b.c", "d.e.f");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefused() throws ParseException {
        CountingParser parser = new CountingParser();
        parser.expiresAt = System.currentTimeMillis() / 1000 - 1;
        VerifiedTokens tokens = tokens(parser);
        tokens.parse("a.b.c");
        parser.refuse = true;
        assertThatThrownBy(() -> tokens.parse("a.b.c")).isInstanceOf(ParseException.class);
        assertThat(parser.verified).containsExactly("a.b.c", "a.b.c");
    }
}
