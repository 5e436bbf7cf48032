package io.leadrules.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import java.util.Arrays;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Without the kafka profile the service reaches for no broker (ADR 0041): none of this package's beans exist (no
 * consumer of activities, no publisher of stage changes, no dead-letter producer), no listener container is
 * registered, and Spring Boot's {@link KafkaAdmin}, which contacts a broker at startup only to create the topics the
 * context declares, has none to create. Checked on the default test context, the one most tests use.
 */
@FullServiceTest
class KafkaOffByDefaultTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theDefaultContextHasNoKafkaBeansOfOursNoListenerContainerAndNoTopicToCreate() {
        String[] ours = Arrays.stream(context.getBeanDefinitionNames()).filter(name -> {
            Class<?> type = context.getBeanFactory().getType(name, false);
            return type != null && type.getPackageName().equals(getClass().getPackageName());
        }).toArray(String[]::new);

        assertThat(ours).as("beans of io.leadrules.app.kafka").isEmpty();
        assertThat(context.getBeanNamesForType(MessageListenerContainer.class, true, false)).isEmpty();
        assertThat(context.getBeansOfType(KafkaListenerEndpointRegistry.class).values())
                .allSatisfy(registry -> assertThat(registry.getListenerContainers()).isEmpty());
        assertThat(context.getBeanNamesForType(NewTopic.class, true, false)).as("topics KafkaAdmin would create")
                .isEmpty();
        assertThat(context.getBeanNamesForType(KafkaAdmin.NewTopics.class, true, false)).isEmpty();
        assertThat(context.getEnvironment().getProperty("leadrules.kafka.enabled", Boolean.class, false)).isFalse();
    }
}
