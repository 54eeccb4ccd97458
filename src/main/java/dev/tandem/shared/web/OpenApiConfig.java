package dev.tandem.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs}, browsable at {@code /api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .info(new Info().title("Tandem API").version("v1").description("""
                        Partnership development: workspaces, members and everything that lives in them. \
                        Authenticate with `Authorization: Bearer <token>` (from /api/v1/auth/login or a personal \
                        access token). Errors are RFC 9457 problem details; lists are cursor-paginated \
                        (`limit`, `cursor`, answered with `nextCursor`); ids are UUIDs and times ISO-8601."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tnd_…")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
