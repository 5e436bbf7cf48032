package io.leadrules.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.ServiceProcess;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the service, each its own process with its own data directory, on one database: what one
 * stores the other serves. The fixture the cluster tests build on ({@link SharedDatabase}, {@link ServiceProcess}).
 */
class TwoInstancesTest {

    @Test
    void aLeadStoredThroughOneInstanceIsServedByTheOther(@TempDir Path first, @TempDir Path second) {
        SharedDatabase database = SharedDatabase.named("two-instances");
        try (ServiceProcess one = ServiceProcess.start(first, first.resolve("service.log"), database.arguments());
             ServiceProcess two = ServiceProcess.start(second, second.resolve("service.log"), database.arguments())) {
            ApiClient viaOne = new ApiClient(one.port());
            ApiClient viaTwo = new ApiClient(two.port());
            String id = viaOne.expect(201, viaOne.postJson("/api/v1/leads", """
                    {"lead": {"externalId": "two-1", "email": "ana@acme-soft.com", "company": "Acme Soft",
                              "consent": {"dataProcessing": true}}}""")).get("id").asString();

            assertThat(viaTwo.ok(viaTwo.get("/api/v1/leads/" + id)).get("externalId").asString()).isEqualTo("two-1");
        }
    }
}
