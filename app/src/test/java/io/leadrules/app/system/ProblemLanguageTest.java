package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.lead.LeadProblem;
import io.leadrules.app.security.SecurityProblem;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * Problems in the language the request asks for, across features and from every place that answers them: the
 * controllers, the body limit and the security filter chain before any controller, an unknown path, the pages of the
 * problem types. The type never changes with the language: clients switch on it.
 */
@FullServiceTest
class ProblemLanguageTest {

    private static final String SPANISH = "es-ES,es;q=0.9,en;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aMissingLeadIsAnsweredInSpanishWithItsIdInTheDetail() {
        String id = UUID.randomUUID().toString();

        JsonNode problem = spanish(get("/api/v1/leads/" + id, SPANISH), 404, LeadProblem.LEAD_NOT_FOUND);

        assertThat(problem.get("detail").asString()).isEqualTo("Ningún lead tiene el id " + id + ".");
    }

    @Test
    void anUnknownPathIsAnsweredInSpanish() {
        JsonNode problem = spanish(get("/no-such-page", "es"), 404, SystemProblem.NOT_FOUND);

        assertThat(problem.get("detail").asString()).startsWith("No hay nada en GET /no-such-page.");
    }

    @Test
    void badCredentialsAreRefusedInSpanishByTheFilterChain() {
        HttpResponse<String> answer = api.send("/api/v1/leads?size=1", request -> request
                .setHeader("Authorization", "Bearer lr_not-a-key").header("Accept-Language", "es"));

        JsonNode problem = spanish(answer, 401, SecurityProblem.UNAUTHORIZED);

        assertThat(problem.get("detail").asString()).startsWith("Esta petición necesita credenciales válidas");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void aBodyPastTheLimitIsRefusedInSpanishBeforeItIsRead() {
        byte[] body = new byte[1024 * 1024 + 1];
        HttpResponse<String> answer = api.send("/api/v1/scores", request -> request.header("Accept-Language", "es")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(body)));

        JsonNode problem = spanish(answer, 413, SystemProblem.PAYLOAD_TOO_LARGE);

        assertThat(problem.get("detail").asString()).isEqualTo("El cuerpo tiene 1048577 bytes; el límite es de "
                + "1048576 bytes. Envía menos actividades, o más cortas, en cada petición.");
    }

    @Test
    void aWrongMediaTypeAndUnreadableJsonHaveSpanishTitles() {
        spanish(post("/api/v1/scores", "text/plain", "hola"), 415, SystemProblem.UNSUPPORTED_MEDIA_TYPE);
        spanish(post("/api/v1/scores", "application/json", "{\"lead\": "), 400, SystemProblem.MALFORMED_JSON);
    }

    @Test
    void aMemberOfTheWrongTypeIsExplainedInSpanish() {
        JsonNode problem = spanish(post("/api/v1/scores", "application/json", "{\"lead\": {\"companySize\": true}}"),
                400, SystemProblem.INVALID_MEMBER_TYPE);

        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("debe ser un número entero, no true o false");
    }

    @Test
    void anUnknownMemberNamedWithPatternSyntaxIsShownAsSent() {
        JsonNode problem = spanish(post("/api/v1/scores", "application/json", "{\"lead\": {\"x{0}'y{1}''\": 1}}"),
                400, SystemProblem.UNKNOWN_MEMBER);

        assertThat(problem.get("detail").asString()).contains("x{0}'y{1}''",
                "no es un miembro que la API conozca; los miembros admitidos aquí son");
    }

    @Test
    void beanValidationMessagesFollowTheLanguageToo() {
        HttpResponse<String> answer = post("/api/v1/leads/" + UUID.randomUUID() + "/outcomes", "application/json",
                "{\"occurredAt\": \"2026-11-20T10:00:00Z\"}");

        JsonNode problem = spanish(answer, 400, SystemProblem.INVALID_LEAD);

        assertThat(problem.get("detail").asString()).startsWith("Corrige estos miembros");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("no debe ser nulo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "en-US", "fr", "de;q=0.9, *;q=0.1"})
    void englishIsUnchangedForNoLanguageEnglishOrALanguageTheServiceDoesNotSpeak(String language) {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> answer = get("/api/v1/leads/" + id, language);

        JsonNode problem = api.problem(answer, 404, LeadProblem.LEAD_NOT_FOUND.uri().toString());

        assertThat(problem.get("title").asString()).isEqualTo("No such lead");
        assertThat(problem.get("detail").asString()).isEqualTo("No lead has the id " + id + ".");
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void theProblemPagesAreServedInSpanish() {
        HttpResponse<String> page = get("/problems/lead-not-found", "es");
        HttpResponse<String> index = get("/problems", "es");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(page.body()).contains("<html lang=\"es\">", "<h1>No existe ese lead</h1>", "<h2>Qué hacer</h2>",
                "Revisa el id, o crea el lead con POST /api/v1/leads.", "/problems/lead-not-found");
        assertThat(index.body()).contains("Tipos de problema de LeadRules", "Aquí no hay nada");
        assertThat(get("/problems/lead-not-found", "fr").body()).contains("<html lang=\"en\">", "No such lead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es;q=abc", ";;;,,,", "es-", "*-*-*", "es;q=0.5;q=2", "{0}", "''"})
    void anAcceptLanguageThatCannotBeReadIsAnsweredInEnglishAsUsual(String language) {
        HttpResponse<String> answer = get("/api/v1/leads/" + UUID.randomUUID(), language);

        api.problem(answer, 404, LeadProblem.LEAD_NOT_FOUND.uri().toString());
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void aHugeAcceptLanguageIsAnsweredNeverWithAServerError() {
        String ranges = "es;q=0.9," + "x-aaaaaaaa;q=0.1,".repeat(400);
        String huge = ranges + "a".repeat(Math.max(0, 8192 - ranges.length()));

        HttpResponse<String> answer = get("/api/v1/leads/" + UUID.randomUUID(), huge);

        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 404, 431);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void aValueOfTheRequestWithPatternSyntaxStaysLiteralInTheDetail() {
        JsonNode problem = spanish(get("/api/v1/users/a%7B0%7D'b%7B1%7D''", "es"), 404, SecurityProblem.USER_NOT_FOUND);

        assertThat(problem.get("detail").asString()).startsWith("Ningún usuario se llama 'a{0}'b{1}'''.");
    }

    @Test
    void aRequestTomcatRefusesBeforeAnyServletIsAnsweredInSpanishToo() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/leads/%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept-Language: es\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Language: es")
                    .contains("\"type\":\"/problems/bad-request\"", "\"title\":\"Petición incorrecta\"");
        }
    }

    @Test
    void theSpringMessageSourceReadsTheSameBundleForPages() {
        assertThat(messages.getMessage("lead-not-found.title", null, Locale.forLanguageTag("es")))
                .isEqualTo(LeadProblem.LEAD_NOT_FOUND.title(Languages.SPANISH)).isEqualTo("No existe ese lead");
        assertThat(messages.getMessage("lead-not-found.title", null, Locale.FRENCH)).isEqualTo("No such lead");
    }

    /** A problem of this status and type whose title is the type's Spanish one, said to be Spanish. */
    private JsonNode spanish(HttpResponse<String> answer, int status, ProblemType type) {
        JsonNode problem = api.problem(answer, status, type.uri().toString());
        assertThat(problem.get("title").asString()).isEqualTo(type.title(Languages.SPANISH))
                .isNotEqualTo(type.title());
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("es");
        return problem;
    }

    private HttpResponse<String> get(String path, String language) {
        return api.send(path, withLanguage(language));
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return api.send(path, request -> request.header("Accept-Language", SPANISH).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body)));
    }

    private static UnaryOperator<HttpRequest.Builder> withLanguage(String language) {
        return request -> language.isEmpty() ? request : request.header("Accept-Language", language);
    }
}
