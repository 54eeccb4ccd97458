package dev.tandem.webhooks.web;

import dev.tandem.webhooks.Envelope;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes what Tandem sends to an endpoint, as an OpenAPI 3.1 webhook: the envelope and the signing headers. */
@Configuration(proxyBeanMethods = false)
class WebhookApiDescription {

    @Bean
    OpenApiCustomizer webhookEnvelope() {
        return api -> {
            var schemas = ModelConverters.getInstance().read(Envelope.class);
            schemas.forEach((name, schema) -> api.schema(name, schema));
            var post = new Operation()
                    .operationId("webhookEvent")
                    .summary("An event, as Tandem posts it to a registered endpoint")
                    .description("Verify webhook-signature before trusting the body: for each space-separated "
                            + "`v1,<signature>`, compare (in constant time) with the base64 HMAC-SHA256 of "
                            + "`<webhook-id>.<webhook-timestamp>.<raw body>` keyed by the base64-decoded part of the "
                            + "secret after `whsec_`; refuse timestamps more than five minutes away. Answer 2xx within "
                            + "10 seconds; anything else is retried with exponential backoff for up to a day.")
                    .addParametersItem(header("webhook-id", "The message id; the same on every retry"))
                    .addParametersItem(header("webhook-timestamp", "Seconds since the epoch, when signed"))
                    .addParametersItem(header(
                            "webhook-signature",
                            "`v1,<base64>`; two, space-separated, while a rotated secret overlaps"))
                    .requestBody(new RequestBody()
                            .required(true)
                            .content(new Content()
                                    .addMediaType(
                                            "application/json",
                                            new MediaType()
                                                    .schema(new Schema<>()
                                                            .$ref("#/components/schemas/WebhookEnvelope")))))
                    .responses(new ApiResponses()
                            .addApiResponse("200", new ApiResponse().description("Accepted (any 2xx)")));
            var webhooks =
                    api.getWebhooks() == null ? new TreeMap<String, PathItem>() : new TreeMap<>(api.getWebhooks());
            webhooks.put("event", new PathItem().post(post));
            api.setWebhooks(webhooks);
        };
    }

    private static HeaderParameter header(String name, String description) {
        var header = new HeaderParameter();
        header.name(name).description(description).required(true).schema(new StringSchema());
        return header;
    }
}
