package io.leadrules.app.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check written from the Standard Webhooks specification alone, not from the service's signer: strip
 * {@code whsec_}, Base64-decode the rest as the key, HMAC-SHA256 {@code id.timestamp.body}, compare in constant time
 * with each space-separated {@code v1,} signature, refuse a timestamp more than five minutes from now.
 */
final class SpecReceiver {

    private SpecReceiver() {
    }

    static boolean verified(String secret, String id, String timestamp, String body, String signatures, Instant now)
            throws Exception {
        if (Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), now).abs().toMinutes() >= 5) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String signature : signatures.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }
}
