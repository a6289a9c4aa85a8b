package io.omharness.salesforce.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.target.OrgAccess;
import io.omharness.target.SalesforceAuth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The token request body for the connected app's flow, and what Salesforce's refusal means. Secrets go
 * only into the request body; messages name keys and settings, never values.
 */
final class OAuthGrant {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OAuthGrant() {
    }

    static String form(OrgAccess.Salesforce access) {
        SalesforceAuth auth = access.api();
        Map<String, String> form = new LinkedHashMap<>();
        switch (auth.flow()) {
            case JWT -> {
                form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
                form.put("assertion", assertion(auth, access.username()));
            }
            case CLIENT_CREDENTIALS -> {
                form.put("grant_type", "client_credentials");
                form.put("client_id", auth.consumerKey());
                form.put("client_secret", auth.consumerSecret().reveal());
            }
            case PASSWORD -> {
                form.put("grant_type", "password");
                form.put("client_id", auth.consumerKey());
                form.put("client_secret", auth.consumerSecret().reveal());
                form.put("username", access.username());
                form.put("password", access.password().reveal() + auth.securityToken().reveal());
            }
        }
        return form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An RS256 JWT: iss = consumer key, sub = username, aud = login server, valid for three minutes. */
    static String assertion(SalesforceAuth auth, String username) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", auth.consumerKey());
        claims.put("sub", username);
        claims.put("aud", auth.audience());
        claims.put("exp", Instant.now().plusSeconds(180).getEpochSecond());
        try {
            String signed = base64(JSON.writeValueAsBytes(Map.of("alg", "RS256"))) + "." + base64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey(auth.privateKeyPem().reveal()));
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64(rsa.sign());
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot sign the JWT with harness.salesforce.auth.privateKeyFile: "
                    + e.getClass().getSimpleName() + ". It must be an RSA key in PKCS#8 PEM (BEGIN PRIVATE KEY); "
                    + "convert a BEGIN RSA PRIVATE KEY file with: openssl pkcs8 -topk8 -nocrypt -in server.key -out server.pk8");
        }
    }

    /** What a refused token request means, and what to do about it. */
    static String explain(SalesforceAuth.Flow flow, String responseBody) {
        JsonNode error;
        try {
            error = JSON.readTree(responseBody);
        } catch (Exception e) {
            return "Salesforce refused the token request: " + responseBody;
        }
        String code = error.path("error").asText();
        String description = error.path("error_description").asText();
        String said = "Salesforce refused the " + flow.configName() + " token request (" + code + ": " + description + "). ";
        return said + switch (code) {
            case "invalid_client_id" -> "No connected app has that consumer key: check harness.salesforce.auth.consumerKey.";
            case "invalid_client" -> "The consumer secret does not match: check SALESFORCE_CONSUMER_SECRET.";
            case "unsupported_grant_type" -> "The org does not offer this flow on this URL: use your My Domain login URL "
                    + "and enable the flow in the connected app.";
            case "invalid_grant" -> switch (flow) {
                case PASSWORD -> "Either the password + security token are wrong, or the org blocks the username-password "
                        + "flow (orgs created from Summer '23 on do: Setup > OAuth and OpenID Connect Settings > Allow OAuth "
                        + "Username-Password Flows). Better: harness.salesforce.auth.flow=jwt.";
                case JWT -> "Check that the private key belongs to the certificate uploaded to the connected app, that "
                        + "harness.salesforce.username is pre-authorized for it (Admin approved users), and the audience "
                        + "(harness.salesforce.auth.audience).";
                case CLIENT_CREDENTIALS -> "The connected app needs a run-as user for the client credentials flow.";
            };
            default -> "";
        };
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
