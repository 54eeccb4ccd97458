package dev.tandem.identity;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import java.util.ArrayList;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description of workspace routes as a client calls them: {@link WorkspaceContext} is resolved from the
 * path by {@link WorkspaceAccess}, not sent, so it is hidden; the path's {@code workspaceId}, which handlers
 * never declare, is described as the required path parameter it is.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceApiDescription {

    static final String WORKSPACE_ID = "workspaceId";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WorkspaceContext.class);
    }

    @Bean
    OpenApiCustomizer workspacePathParameter() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.contains("{" + WORKSPACE_ID + "}")) {
                    item.readOperations().forEach(operation -> {
                        var parameters = operation.getParameters() == null
                                ? new ArrayList<Parameter>()
                                : new ArrayList<>(operation.getParameters());
                        if (parameters.stream().noneMatch(WorkspaceApiDescription::isWorkspaceId)) {
                            parameters.add(0, workspaceId());
                        }
                        operation.setParameters(parameters);
                    });
                }
            });
        };
    }

    private static boolean isWorkspaceId(Parameter parameter) {
        return WORKSPACE_ID.equals(parameter.getName()) && "path".equals(parameter.getIn());
    }

    private static Parameter workspaceId() {
        return new PathParameter()
                .name(WORKSPACE_ID)
                .required(true)
                .description("The workspace, one the caller is a member of (404 otherwise)")
                .schema(new StringSchema().format("uuid"));
    }
}
