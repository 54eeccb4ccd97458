package dev.tandem.shared.web;

import dev.tandem.shared.Release;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/** The API description at {@code /v3/api-docs}, browsable at {@code /api-docs} ({@link ApiDocsPage}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI tandemApi(Release release) {
        return new OpenAPI()
                .info(new Info().title("Tandem API").version(release.version()).description("""
                        Partnership development: workspaces, members and everything that lives in them. Version 1 of \
                        the API, under `/api/v1`; the document's version is the release of Tandem that serves it. \
                        Authenticate with `Authorization: Bearer <token>` (from /api/v1/auth/login or a personal \
                        access token). Errors are RFC 9457 problem details; lists are cursor-paginated \
                        (`limit`, `cursor`, answered with `nextCursor`); ids are UUIDs and times ISO-8601."""))
                // Relative: the server that served the description, behind whatever proxy, and the same text always.
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("tnd_…")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Operation ids a generated client keeps from one version to the next: the handler's name and its
     * controller's ({@code create} of {@code ContactApiController} is {@code createContact}), where springdoc
     * numbers the names that repeat ({@code create_6}) in an order that changes when an endpoint is added.
     */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            String method = handler.getMethod().getName();
            String noun = handler.getBeanType().getSimpleName().replaceFirst("(Activity)?(Api)?Controller$", "");
            return operation.operationId(method.equalsIgnoreCase(noun) ? method : method + noun);
        };
    }

    /** The ETag of {@link ETagged} operations, and the 412 of those that take {@code If-Match}. */
    @Bean
    OperationCustomizer versionHeaders() {
        return (operation, handler) -> {
            if (!handler.hasMethodAnnotation(ETagged.class) || operation.getResponses() == null) {
                return operation;
            }
            var etag = new Header()
                    .description("The record's version; send it back as If-Match to change it only "
                            + "if nobody did meanwhile.")
                    .schema(new StringSchema().example("\"3\""));
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    response.addHeaderObject(HttpHeaders.ETAG, etag);
                }
            });
            boolean ifMatch = operation.getParameters() != null
                    && operation.getParameters().stream()
                            .anyMatch(p ->
                                    "header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()));
            if (ifMatch) {
                operation
                        .getResponses()
                        .addApiResponse(
                                "412",
                                new ApiResponse()
                                        .description(
                                                "If-Match names a "
                                                        + "version the record no longer has: nothing was written. The problem's currentVersion, "
                                                        + "changedBy, changedAt and changedFields say how it stands now; the ETag is its version.")
                                        .addHeaderObject(HttpHeaders.ETAG, etag));
                operation
                        .getResponses()
                        .addApiResponse(
                                "409",
                                new ApiResponse()
                                        .description("Refused by a rule "
                                                + "of the record, or changed by somebody else while this change was made (without If-Match): "
                                                + "nothing was written; a changed record is described as for 412."));
            }
            return operation;
        };
    }

    @Bean
    SwaggerIndexTransformer apiDocsPage(
            SwaggerUiConfigProperties config,
            SwaggerUiOAuthProperties oauth,
            SwaggerWelcomeCommon welcome,
            ObjectMapperProvider mapper,
            MessageSource messages) {
        return new ApiDocsPage(config, oauth, welcome, mapper, messages);
    }
}
