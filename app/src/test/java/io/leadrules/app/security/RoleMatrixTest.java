package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.calibration.Calibrations;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role matrix of docs/security.md is what the service does: every endpoint the service has is in it and every row
 * of it is an endpoint (under /api/, and the actuator's but the open health), and each endpoint, called with a valid
 * request by a key of each single role and with no credentials, answers exactly as the matrix says: 2xx allowed, 403
 * denied to a role, 401 to none.
 */
@FullServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    PathMappedEndpoints actuator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Calibrations calibrations;

    private final List<RoleMatrix.Row> matrix = RoleMatrix.read();
    private final Map<String, String> keyOfRole = new LinkedHashMap<>();
    private SecurityHttp http;
    private ExampleRequests examples;

    @BeforeAll
    void keysAndSubjects() {
        http = new SecurityHttp(port);
        for (Role role : Role.values()) {
            keyOfRole.put(role.name(), http.key("admin", role.name()).get("key").asString());
        }
        examples = new ExampleRequests(http, jdbc, calibrations);
    }

    @AfterAll
    void activeVersionRestored() {
        http.asAdmin("POST", "/api/v1/rulesets/" + examples.activeVersion() + "/activation", null);
    }

    @Test
    void theMatrixNamesExactlyTheEndpointsTheServiceHas() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + path))));
        actuator.getAllPaths().stream().filter(path -> !EndpointRoles.OPEN.contains(path))
                .forEach(path -> served.add("GET " + path));
        Set<String> documented = new TreeSet<>(matrix.stream().map(RoleMatrix.Row::endpoint).toList());

        assertThat(served).as("endpoints without a row in docs/security.md").isSubsetOf(documented);
        assertThat(documented).as("rows of docs/security.md that are no endpoint").isSubsetOf(served);
    }

    @Test
    void theMatrixHasAColumnForEveryRoleAndNone() {
        List<String> columns = new ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
        columns.add(RoleMatrix.NONE);

        assertThat(matrix).allSatisfy(row -> assertThat(row.allowed().keySet()).containsExactlyElementsOf(columns));
        assertThat(matrix).allSatisfy(row -> assertThat(row.allowed().get(RoleMatrix.NONE)).isFalse());
    }

    @Test
    void everyEndpointAnswersEveryRoleAndNoCredentialsAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (RoleMatrix.Row row : matrix) {
            for (Map.Entry<String, Boolean> cell : row.allowed().entrySet()) {
                int status = call(row, cell.getKey(), cell.getValue());
                int expected = cell.getValue() ? 200 : RoleMatrix.NONE.equals(cell.getKey()) ? 401 : 403;
                boolean asExpected = cell.getValue() ? status / 100 == 2 : status == expected;
                if (!asExpected) {
                    wrong.add(row.endpoint() + " as " + cell.getKey() + ": " + status + ", expected "
                            + (cell.getValue() ? "2xx" : expected));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int call(RoleMatrix.Row row, String column, boolean allowed) {
        ExampleRequests.Example example = examples.of(row, allowed);
        String[] credentials = RoleMatrix.NONE.equals(column) ? new String[0]
                : SecurityHttp.bearer(keyOfRole.get(column));
        HttpResponse<String> answer = http.sendBytes(example.method(), example.path(), example.body(),
                example.contentType(), credentials);
        return answer.statusCode();
    }
}
