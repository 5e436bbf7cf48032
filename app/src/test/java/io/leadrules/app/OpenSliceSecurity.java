package io.leadrules.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * For MVC slice tests ({@code @WebMvcTest}) of a controller's HTTP contract: a filter chain that lets every request
 * through, in place of the service's (which needs the user and key tables). Who may call what is tested against the
 * whole service (RoleMatrixTest, CredentialsTest).
 */
@TestConfiguration
public class OpenSliceSecurity {

    @Bean
    SecurityFilterChain openForSliceTests(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
