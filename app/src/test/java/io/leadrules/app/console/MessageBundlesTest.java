package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text of every page and problem exists in English and in Spanish: no page half translated. */
class MessageBundlesTest {

    @Test
    void everyEnglishKeyHasASpanishTextAndNoSpanishKeyIsOrphaned() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        assertThat(english).isNotEmpty();
        for (Resource bundle : english) {
            String name = bundle.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource spanish = bundle.createRelative(name.replace(".properties", "_es.properties"));
            assertThat(spanish.exists()).as(name + " has a Spanish bundle").isTrue();
            Set<String> en = keys(bundle);
            Set<String> es = keys(spanish);
            assertThat(es).as("Spanish keys of " + name).containsExactlyInAnyOrderElementsOf(en);
        }
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
