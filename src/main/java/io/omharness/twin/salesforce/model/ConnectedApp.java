package io.omharness.twin.salesforce.model;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The org's connected app for API access, as an admin sets it up: a consumer key and secret, a
 * certificate for the JWT bearer flow (its private key is what the admin keeps), a run-as user for the
 * client credentials flow. Whether the org still allows the username-password flow is a tenant setting.
 * The certificate is given: the twin's orgs share one, as an admin uploads the same server.crt to the
 * connected apps of several orgs; each app still has its own consumer key, which the JWT names.
 */
public final class ConnectedApp {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String consumerKey = "3MVG9" + token(40);
    private final String consumerSecret = token(32).toUpperCase();
    private final String securityToken = token(24);
    private final KeyPair keys;

    public ConnectedApp(KeyPair certificate) {
        this.keys = certificate;
    }

    public String consumerKey() { return consumerKey; }
    public String consumerSecret() { return consumerSecret; }
    public String securityToken() { return securityToken; }
    public PublicKey certificateKey() { return keys.getPublic(); }

    /** The private key in PKCS#8 PEM, as the admin saved it when making the certificate. */
    public String privateKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    private static String token(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** A new certificate's key pair: RSA 2048, as Salesforce asks; 0.4-1.3 s of CPU on a C1-only JVM. */
    public static KeyPair newCertificate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
