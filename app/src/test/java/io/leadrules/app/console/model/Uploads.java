package io.leadrules.app.console.model;

import io.leadrules.app.console.ConsoleSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The upload form of the versions page posted as a browser posts it: multipart, with the page's CSRF token. */
final class Uploads {

    private Uploads() {
    }

    /** Posts files (name to bytes) and a label from the versions page. */
    static HttpResponse<String> upload(ConsoleSession session, Map<String, byte[]> files, String label) {
        String token = ConsoleSession.csrf(session.get("/console/rules").body());
        String boundary = "----model" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", token);
        field(body, boundary, "label", label);
        files.forEach((name, content) -> file(body, boundary, name, content));
        write(body, "--" + boundary + "--\r\n");
        return session.send(session.request("/console/rules")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static HttpResponse<String> upload(ConsoleSession session, String name, byte[] content) {
        return upload(session, Map.of(name, content), "Console test " + name);
    }

    /** A zip of these entries (name to bytes), in order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> entries() {
        return new LinkedHashMap<>();
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n");
    }

    private static void file(ByteArrayOutputStream body, String boundary, String name, byte[] content) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
