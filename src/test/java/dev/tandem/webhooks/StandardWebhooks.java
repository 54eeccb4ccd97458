package dev.tandem.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check, written from the Standard Webhooks specification (github.com/standard-webhooks), not from
 * Tandem's signer: the signed content is {@code msg_id.timestamp.payload}; the key is the base64-decoded secret
 * after its {@code whsec_} prefix; the signature is base64 HMAC-SHA256; the header lists space-delimited
 * {@code v1,<signature>} entries, any of which may match; timestamps more than five minutes off are refused.
 */
final class StandardWebhooks {

    private StandardWebhooks() {}

    static boolean verify(String secret, String msgId, String timestamp, String signatureHeader, String payload)
            throws Exception {
        long sent = Long.parseLong(timestamp);
        if (Math.abs(Instant.now().getEpochSecond() - sent) > 300) {
            return false;
        }
        String base64Key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        String toSign = msgId + "." + timestamp + "." + payload;
        byte[] expected = hmac.doFinal(toSign.getBytes(StandardCharsets.UTF_8));
        for (String versioned : signatureHeader.split(" ")) {
            String[] parts = versioned.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")) {
                byte[] given = Base64.getDecoder().decode(parts[1]);
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }
}
