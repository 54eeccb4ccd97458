package dev.tandem.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Versions in the API description, said once for every operation: the ETag of {@link ETagged} operations (and what
 * a read's ETag is for), and the {@code If-Match} header of those that take {@link IfMatch}, which is resolved from
 * the request, never sent as a parameter of its own.
 */
@Configuration(proxyBeanMethods = false)
class VersionApiDescription {

    static final String IF_MATCH = "The ETag of the version this change is based on; if the record has changed since, "
            + "the answer is 412 and nothing is written. Optional: without it, the change applies to the current version.";
    static final String ETAG =
            "The record's version; send it back as If-Match to change it only if nobody did meanwhile.";
    static final String READ =
            "The ETag names its version: send it back as If-Match to change it only if nobody did " + "meanwhile.";
    static final String STALE = "If-Match names a version the record no longer has: nothing was written. The problem's "
            + "currentVersion, changedBy, changedAt and changedFields say how it stands now; the ETag is its version.";
    static final String CONFLICT = "Refused by a rule of the record, or changed by somebody else while this change was "
            + "made (without If-Match): nothing was written; a changed record is described as for 412.";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
    }

    @Bean
    OperationCustomizer versionHeaders() {
        return (operation, handler) -> {
            boolean ifMatch =
                    Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == IfMatch.class);
            if (ifMatch) {
                operation.addParametersItem(new HeaderParameter()
                        .name(HttpHeaders.IF_MATCH)
                        .required(false)
                        .description(IF_MATCH)
                        .schema(new StringSchema()));
            }
            if (handler.hasMethodAnnotation(ETagged.class) && operation.getResponses() != null) {
                tagged(operation, handler, ifMatch);
            }
            return operation;
        };
    }

    private static void tagged(Operation operation, HandlerMethod handler, boolean ifMatch) {
        var etag = new Header().description(ETAG).schema(new StringSchema().example("\"3\""));
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeaderObject(HttpHeaders.ETAG, etag);
            }
        });
        if (handler.hasMethodAnnotation(GetMapping.class) && operation.getDescription() == null) {
            operation.setDescription(READ);
        }
        if (ifMatch) {
            operation
                    .getResponses()
                    .addApiResponse("412", new ApiResponse().description(STALE).addHeaderObject(HttpHeaders.ETAG, etag))
                    .addApiResponse("409", new ApiResponse().description(CONFLICT));
        }
    }
}
