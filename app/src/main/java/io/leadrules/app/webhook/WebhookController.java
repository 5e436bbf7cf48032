package io.leadrules.app.webhook;

import io.leadrules.app.system.openapi.ApiProblems;
import io.leadrules.app.webhook.WebhookMessages.CreatedWebhook;
import io.leadrules.app.webhook.WebhookMessages.DeliveryList;
import io.leadrules.app.webhook.WebhookMessages.DeliveryView;
import io.leadrules.app.webhook.WebhookMessages.WebhookList;
import io.leadrules.app.webhook.WebhookMessages.WebhookRequest;
import io.leadrules.app.webhook.WebhookMessages.WebhookView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/webhooks}: subscriptions, their deliveries, resending (ADMIN, docs/security.md says why). */
@RestController
@RequestMapping(path = "/api/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Events sent to other systems, signed as Standard Webhooks (docs/integration.md)")
class WebhookController {

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;

    WebhookController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to events; answers the secret once")
    @ApiResponse(responseCode = "201", description = "Created, with the signing secret")
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedWebhook> create(@RequestBody WebhookRequest request) {
        CreatedWebhook created = subscriptions.create(request);
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscription().id())).body(created);
    }

    @Operation(operationId = "listWebhooks", summary = "Every subscription, without its secret")
    @ApiResponse(responseCode = "200", description = "The subscriptions")
    @GetMapping
    WebhookList list() {
        return new WebhookList(subscriptions.all());
    }

    @Operation(operationId = "getWebhook", summary = "One subscription, and why the service disabled it if it did")
    @ApiResponse(responseCode = "200", description = "The subscription")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @GetMapping("/{id}")
    WebhookView get(@PathVariable("id") String id) {
        return subscriptions.get(id);
    }

    @Operation(operationId = "replaceWebhook", summary = "Replace a subscription; active true re-enables it",
            description = "A missing secret keeps the current one; a given one replaces it (rotation).")
    @ApiResponse(responseCode = "200", description = "The subscription as it is now")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    WebhookView replace(@PathVariable("id") String id, @RequestBody WebhookRequest request) {
        return subscriptions.replace(id, request);
    }

    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription with its deliveries")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable("id") String id) {
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listWebhookDeliveries", summary = "The latest 100 deliveries with every attempt")
    @ApiResponse(responseCode = "200", description = "Deliveries, newest first")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @GetMapping("/{id}/deliveries")
    DeliveryList deliveries(@PathVariable("id") String id) {
        return new DeliveryList(deliveries.latest(id));
    }

    @Operation(operationId = "resendWebhookDelivery", summary = "Send a failed delivery again, from now")
    @ApiResponse(responseCode = "202", description = "Pending again")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @PostMapping("/{id}/deliveries/{deliveryId}/resend")
    ResponseEntity<DeliveryView> resend(@PathVariable("id") String id, @PathVariable("deliveryId") String deliveryId) {
        return ResponseEntity.accepted().body(deliveries.resend(id, deliveryId));
    }
}
