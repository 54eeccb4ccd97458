package dev.tandem.shared.web;

import dev.tandem.shared.Release;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
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
