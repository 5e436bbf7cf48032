package io.leadrules.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the next page of a list starts ({@code ?cursor=}): the sort values of the last item a page showed, so the
 * next page is read after it (keyset paging) and neither skips nor repeats items when the list grows meanwhile.
 * Opaque to clients (base64url text), and validated, not signed: it names the list it belongs to and its values are
 * parsed strictly, so a cursor that was tampered with, truncated or taken from another list is a 400
 * {@code /problems/invalid-query} naming {@code cursor}; a valid one only moves within a list the caller may read.
 */
public final class Cursor {

    /** The query parameter. */
    public static final String PARAMETER = "cursor";

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001F';
    private static final int MAX_LENGTH = 1000;
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final List<String> values;

    private Cursor(List<String> values) {
        this.values = values;
    }

    /** The cursor of the list {@code list} that starts after an item with these sort values. */
    public static String after(String list, Object... values) {
        StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR).append(list);
        for (Object value : values) {
            text.append(SEPARATOR).append(value == null ? "" : value.toString());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor of the list {@code list} holding {@code arity} values. */
    public static Cursor read(String list, int arity, String raw) {
        if (raw.isEmpty() || raw.length() > MAX_LENGTH) {
            throw invalid("must be a cursor this list answered with in next");
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid("is not a cursor this service answered with");
        }
        List<String> parts = Arrays.asList(text.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != arity + 2 || !VERSION.equals(parts.get(0)) || !list.equals(parts.get(1))) {
            throw invalid("is not a cursor of this list");
        }
        return new Cursor(new ArrayList<>(parts.subList(2, parts.size())));
    }

    public long whole(int index) {
        try {
            return Long.parseLong(values.get(index));
        } catch (NumberFormatException e) {
            throw invalid("is not a cursor this service answered with");
        }
    }

    /** A whole number of int range, or null for an empty value. */
    public Integer integer(int index) {
        if (values.get(index).isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(values.get(index));
        } catch (NumberFormatException e) {
            throw invalid("is not a cursor this service answered with");
        }
    }

    /**
     * An instant of the years 0 to 9999, the range every instant the service stores lies in: a forged cursor's
     * {@code +1000000000-12-31T23:59:59Z} parses, but no {@code java.sql.Timestamp} or database column holds it.
     */
    public Instant instant(int index) {
        try {
            Instant instant = Instant.parse(values.get(index));
            if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
                throw invalid("is not a cursor this service answered with");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid("is not a cursor this service answered with");
        }
    }

    public UUID id(int index) {
        try {
            return UUID.fromString(values.get(index));
        } catch (IllegalArgumentException e) {
            throw invalid("is not a cursor this service answered with");
        }
    }

    /** A text value; empty stands for null. */
    public String text(int index) {
        return values.get(index).isEmpty() ? null : values.get(index);
    }

    /**
     * The link to the next page: this request's path and query with {@code page} left out and {@code cursor} set,
     * also sent as {@code Link: <...>; rel="next"}. Null, and no header, when {@code cursor} is null (the last page).
     */
    public static String next(HttpServletRequest request, HttpServletResponse response, String cursor) {
        if (cursor == null) {
            return null;
        }
        String query = request.getQueryString();
        String link = UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("page").replaceQueryParam(PARAMETER, cursor).build().toUriString();
        response.addHeader(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
        return link;
    }

    /** A cursor and a page number do not go together: the cursor already says where the page starts. */
    public static void notWithPage(String cursor, String page) {
        if (cursor != null && page != null) {
            throw invalid("and page exclude each other: follow next, or give page without cursor");
        }
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(SystemProblem.INVALID_QUERY, "Change the query parameter cursor: it " + message
                + ". Start again without cursor to get the first page.")
                .with("errors", List.of(new FieldProblem(PARAMETER, message)));
    }
}
