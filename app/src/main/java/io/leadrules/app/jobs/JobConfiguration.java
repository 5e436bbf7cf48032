package io.leadrules.app.jobs;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code leadrules.jobs} for the shared scheduler ({@link JobScheduler}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobSettings.class)
class JobConfiguration {
}
