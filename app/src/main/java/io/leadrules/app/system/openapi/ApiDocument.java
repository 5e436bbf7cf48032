package io.leadrules.app.system.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's header: what the service is, where it runs, and how a client authenticates (any one of the three
 * credentials security/ accepts). The server is fixed rather than the URL of the current request, so that the
 * document a test fetches from a random port equals the checked-in docs/openapi.json.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String BEARER = "apiKey";
    static final String KEY_HEADER = "apiKeyHeader";
    static final String BASIC = "password";

    @Bean
    OpenAPI leadRulesApi() {
        return new OpenAPI()
                .info(new Info().title("LeadRules").version("v1")
                        .description("Lead scoring with business rules: score leads, store them with their "
                                + "activities, read and replay every decision, manage rule versions. Errors are "
                                + "RFC 9457 problem documents (application/problem+json).")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("http://localhost:8080").description("A service started with "
                        + "java -jar on its default port")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("An API key: Authorization: Bearer <key>"))
                        .addSecuritySchemes(KEY_HEADER, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key").description("The same key in a header"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A user's name and password")))
                .security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(KEY_HEADER),
                        new SecurityRequirement().addList(BASIC)));
    }
}
