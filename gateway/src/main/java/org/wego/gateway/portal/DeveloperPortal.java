package org.wego.gateway.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The developer portal: {@code /docs/} (static page with Swagger UI over the merged {@code /openapi} and a reading of
 * the AsyncAPI document) and the AsyncAPI document itself, as written ({@code /asyncapi.yaml}) and as JSON for
 * the page ({@code /asyncapi.json}). The YAML is copied from {@code docs/asyncapi.yaml} at build time, so the portal
 * shows exactly the document the AsyncAPI tests validate.
 */
@Singleton
public class DeveloperPortal {

    private final String yaml;
    private final String json;

    public DeveloperPortal() {
        try (InputStream in = DeveloperPortal.class.getResourceAsStream("/portal/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("portal/asyncapi.yaml is missing from the gateway's resources");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(@Observes Router router) {
        // Vert.x matches "/docs" and "/docs/" alike; only the bare one is redirected to the static page.
        router.get("/docs").handler(rc -> {
            if (rc.request().path().equals("/docs")) {
                rc.redirect("/docs/");
            } else {
                rc.next();
            }
        });
        router.get("/asyncapi.yaml").handler(rc -> rc.response()
                .putHeader("Content-Type", "application/yaml; charset=utf-8").end(yaml));
        router.get("/asyncapi.json").handler(rc -> rc.response()
                .putHeader("Content-Type", "application/json").end(json));
    }
}
