package id.sinergi.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 tokens with the DEVELOPMENT-ONLY key pair shipped in {@code dev-keys/}: for the local
 * stack ({@code ./sinergi token}) and for tests. Production tokens come from the agencies' identity
 * provider.
 */
public final class DevTokens {

    public static final String ISSUER = "https://sso.sinergi.local/dev";
    public static final String PUBLIC_KEY_RESOURCE = "dev-keys/sinergi-dev-public.pem";
    private static final String PRIVATE_KEY_RESOURCE = "dev-keys/sinergi-dev-private.pem";

    private DevTokens() {
    }

    /** A token for {@code subject} with one or more roles ({@code groups}), agency and unit. */
    public static String mint(String subject, List<String> roles, String agency, String unit, Duration lifetime) {
        return mint(subject, roles, agency, unit, lifetime, ISSUER);
    }

    /** As above from another issuer, or already expired (a negative lifetime): for tests of refusals. */
    public static String mint(String subject, List<String> roles, String agency, String unit, Duration lifetime,
                              String issuer) {
        try {
            return mint(subject, roles, agency, unit, lifetime, issuer, privateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development key", e);
        }
    }

    /** As above, signed with another key than the development one: a token every service must refuse. */
    public static String mintSignedWith(PrivateKey key, String subject, List<String> roles, String agency, String unit) {
        return mint(subject, roles, agency, unit, Duration.ofHours(1), ISSUER, key);
    }

    private static String mint(String subject, List<String> roles, String agency, String unit, Duration lifetime,
                               String issuer, PrivateKey key) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"sinergi-dev\"}";
        String claims = "{"
                + json("iss", issuer) + ","
                + json("sub", subject) + ","
                + json("upn", subject) + ","
                + json("jti", UUID.randomUUID().toString()) + ","
                + "\"groups\":" + roles.stream().map(DevTokens::quote).collect(Collectors.joining(",", "[", "]")) + ","
                + json("agency", agency) + ","
                + json("unit", unit) + ","
                + "\"iat\":" + Math.min(now.getEpochSecond(), now.plus(lifetime).getEpochSecond() - 60) + ","
                + "\"exp\":" + now.plus(lifetime).getEpochSecond()
                + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    public static String mint(String subject, String role, String agency, String unit) {
        return mint(subject, List.of(role), agency, unit, Duration.ofHours(8));
    }

    public static String publicKeyPem() {
        return read(PUBLIC_KEY_RESOURCE);
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        String pem = read(PRIVATE_KEY_RESOURCE)
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String read(String resource) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String json(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
