package io.leadrules.app.simulation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Impact simulations, under {@code leadrules.simulation}. A member left out gets its default.
 *
 * @param pageSize leads read and compared per page, the most a simulation holds at once (default 500)
 */
@ConfigurationProperties("leadrules.simulation")
public record SimulationSettings(Integer pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 500;

    public SimulationSettings {
        pageSize = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (pageSize <= 0) {
            throw new IllegalArgumentException("leadrules.simulation.page-size must be more than 0, not " + pageSize);
        }
    }
}
