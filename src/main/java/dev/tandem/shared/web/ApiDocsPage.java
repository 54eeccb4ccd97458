package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;
import org.springframework.web.util.HtmlUtils;

/**
 * Swagger UI's page as Tandem's: our title, icon and stylesheet, and a bar with the way back to the app. springdoc's
 * own transformation (the description's address, the settings) stays; everything is a file, so the page's strict
 * Content-Security-Policy (no inline script or style) holds.
 */
class ApiDocsPage extends SwaggerIndexPageTransformer {

    private final MessageSource messages;

    ApiDocsPage(
            SwaggerUiConfigProperties config,
            SwaggerUiOAuthProperties oauth,
            SwaggerWelcomeCommon welcome,
            ObjectMapperProvider mapper,
            MessageSource messages) {
        super(config, oauth, welcome, mapper);
        this.messages = messages;
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = super.transform(request, resource, chain);
        if (!"index.html".equals(resource.getFilename())) {
            return transformed;
        }
        String back = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, LocaleContextHolder.getLocale()));
        String html = new String(transformed.getContentAsByteArray(), StandardCharsets.UTF_8)
                .replace("<title>Swagger UI</title>", "<title>Tandem API</title>")
                .replaceAll("\\s*<link rel=\"icon\"[^>]*>", "")
                .replace("</head>", """
                    <link rel="icon" href="/favicon.svg" />
                    <link rel="stylesheet" type="text/css" href="/css/api-docs.css" />
                  </head>""")
                .replace("<body>", """
                  <body>
                    <header class="tandem-bar"><div class="tandem-bar-inner">
                      <a class="tandem-brand" href="/"><img src="/favicon.svg" alt="" /> Tandem</a>
                      <a class="tandem-back" href="/">%s</a>
                    </div></header>""".formatted(back));
        return new TransformedResource(resource, html.getBytes(StandardCharsets.UTF_8));
    }
}
