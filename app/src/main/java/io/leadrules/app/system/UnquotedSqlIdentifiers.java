package io.leadrules.app.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes table and column names by default, which makes them case-sensitive: {@code "leads"}
 * then misses H2's {@code LEADS}, and an upper-cased name would miss PostgreSQL's {@code leads}. Unquoted names
 * resolve the same way on both, as the Flyway scripts are written.
 */
@Configuration(proxyBeanMethods = false)
class UnquotedSqlIdentifiers {

    @Bean
    static BeanPostProcessor unquotedIdentifiersInMappings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
