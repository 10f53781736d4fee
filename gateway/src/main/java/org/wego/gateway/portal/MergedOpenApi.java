package org.wego.gateway.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.wego.gateway.routing.GatewayConfig;
import org.wego.gateway.routing.GatewayProblems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /openapi}: one OpenAPI document for the whole platform, merged from each upstream's own
 * {@code /q/openapi} at request time (so it is never stale). Paths are disjoint by route prefix; each service's
 * component schemas are renamed {@code <route>.<Schema>} and its {@code $ref}s rewritten, so two services' "Problem"
 * or "PageResponse" never collide. Every service describes the same Keycloak realm as its scheme
 * {@code SecurityScheme} (OpenID Connect, realm roles per operation); the merged document keeps it once, as
 * {@code keycloak}, and every operation's requirement points at it. A service that is down is listed under
 * {@code x-wego-missing}.
 */
@Singleton
public class MergedOpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewayConfig config;
    private final Vertx vertx;

    public MergedOpenApi(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient();
        router.get("/openapi").handler(rc -> {
            Map<String, Future<Buffer>> specs = new TreeMap<>();
            config.routes().forEach((name, route) -> specs.put(name, client.request(new RequestOptions()
                            .setMethod(HttpMethod.GET).setHost(route.upstream().getHost())
                            .setPort(route.upstream().getPort() > 0 ? route.upstream().getPort() : 80)
                            .setURI("/q/openapi?format=json").setTimeout(3000))
                    .compose(req -> req.send().compose(res -> res.statusCode() == 200 ? res.body()
                            : Future.failedFuture("HTTP " + res.statusCode())))));
            Future.join(new ArrayList<>(specs.values())).onComplete(done -> {
                try {
                    String merged = merge(specs);
                    rc.response().putHeader("Content-Type", "application/json").end(merged);
                } catch (Exception e) {
                    rc.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json")
                            .end(GatewayProblems.json(rc.request(), 500, "The merged API description could not be built"));
                }
            });
        });
    }

    static String merge(Map<String, Future<Buffer>> specs) throws Exception {
        ObjectNode out = JSON.createObjectNode();
        out.put("openapi", "3.1.0"); // what the services emit: JSON Schema 2020-12 keywords, examples arrays
        out.putObject("info").put("title", "WeGO platform API").put("version", "v1")
                .put("description", "All services behind the gateway, merged from each service's own OpenAPI document.");
        out.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = out.putObject("paths");
        ObjectNode schemas = out.putObject("components").putObject("schemas");
        ObjectNode securitySchemes = out.with("components").putObject("securitySchemes");
        ObjectNode services = out.putObject("x-wego-services");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Future<Buffer>> e : specs.entrySet()) {
            if (e.getValue().failed()) {
                missing.add(e.getKey());
                continue;
            }
            String prefix = e.getKey() + ".";
            String text = e.getValue().result().toString().replace("\"#/components/schemas/", "\"#/components/schemas/" + prefix)
                    .replace("\"SecurityScheme\"", "\"keycloak\"");
            JsonNode spec = JSON.readTree(text);
            services.putObject(e.getKey()).put("title", spec.path("info").path("title").asText(e.getKey()))
                    .put("description", spec.path("info").path("description").asText(""));
            spec.path("paths").fields().forEachRemaining(p -> paths.set(p.getKey(), p.getValue()));
            spec.path("components").path("schemas").fields().forEachRemaining(s -> schemas.set(prefix + s.getKey(), s.getValue()));
            JsonNode scheme = spec.path("components").path("securitySchemes").path("keycloak");
            if (!scheme.isMissingNode() && !securitySchemes.has("keycloak")) {
                securitySchemes.set("keycloak", ((ObjectNode) scheme.deepCopy())
                        .put("description", "Keycloak realm wego (OpenID Connect): the operation lists the realm roles it allows"));
            }
        }
        if (!securitySchemes.has("keycloak")) { // every service down: still a valid document
            securitySchemes.putObject("keycloak").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        }
        out.putArray("security").addObject().putArray("keycloak");
        if (!missing.isEmpty()) {
            ObjectNode x = out.putObject("x-wego-missing");
            missing.forEach(m -> x.put(m, "unavailable while this document was built"));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }
}
