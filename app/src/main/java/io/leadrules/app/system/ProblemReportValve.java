package io.leadrules.app.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before any servlet sees them (a path with {@code %zz}, a bad Host header) and answers
 * with its own HTML page. This valve answers those with the same problem JSON as everything else.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Locale locale = Languages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = ProblemType.typed(ProblemDetail.forStatus(status), locale);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(members(problem, locale)));
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response committed: nothing more can be said
        }
    }

    private static Map<String, Object> members(ProblemDetail problem, Locale locale) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        members.put("title", problem.getTitle() != null ? problem.getTitle()
                : status != null ? status.getReasonPhrase() : "Error");
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail() != null ? problem.getDetail()
                : ProblemTexts.format("bad-request.detail.container", locale));
        return members;
    }
}
