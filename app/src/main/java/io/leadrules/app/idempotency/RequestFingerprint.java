package io.leadrules.app.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * What makes two requests under one key the same request: HMAC-SHA256, under the service's own key, over the method,
 * path, query, Content-Type and body (keyed, as a body may hold a password its sender chose). A multipart body (a rule-set upload) is hashed part by part (name, file name, type, content), from the parts
 * the container parsed and keeps for the handler, and its Content-Type without the boundary: a client chooses the
 * boundary anew for each send.
 *
 * @param hash    the hex HMAC
 * @param request the request to pass on, its body readable again
 * @param body    the copy of the body to delete afterwards; null for multipart
 */
record RequestFingerprint(String hash, HttpServletRequest request, BodyCopy body) implements AutoCloseable {

    static RequestFingerprint of(HttpServletRequest request, SecretKey key) throws IOException, ServletException {
        Mac digest = hmac(key);
        boolean multipart = isMultipart(request);
        String type = multipart ? request.getContentType().split(";")[0].strip() : request.getContentType();
        for (String line : new String[] {request.getMethod(), request.getRequestURI(),
                String.valueOf(request.getQueryString()), String.valueOf(type)}) {
            text(digest, line);
        }
        if (multipart) {
            for (Part part : request.getParts()) {
                digestPart(digest, part);
            }
            return new RequestFingerprint(HexFormat.of().formatHex(digest.doFinal()), request, null);
        }
        BodyCopy body = BodyCopy.read(request.getInputStream(), digest);
        return new RequestFingerprint(HexFormat.of().formatHex(digest.doFinal()), new ReplayableRequest(request, body),
                body);
    }

    private static void digestPart(Mac digest, Part part) throws IOException {
        text(digest, part.getName());
        text(digest, String.valueOf(part.getSubmittedFileName()));
        text(digest, String.valueOf(part.getContentType()));
        text(digest, String.valueOf(part.getSize()));
        try (InputStream content = part.getInputStream()) {
            byte[] buffer = new byte[65_536];
            int read;
            while ((read = content.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Length-prefixed, so that no two different sequences of texts hash alike. */
    private static void text(Mac digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }


    private static Mac hmac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
        }
    }

    @Override
    public void close() throws IOException {
        if (body != null) {
            body.close();
        }
    }
}
