package org.wego.knowledge.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;

/**
 * ckanapi and older harvesters call CKAN's unversioned {@code /api/action/…}: the same actions, rewritten before
 * matching, so the API is documented once, at CKAN's canonical {@code /api/3/action/…} ({@link CkanResource}).
 */
public class CkanBasePaths {

    private static final String UNVERSIONED = "/api/v1/knowledge/ckan/api/action";

    @ServerRequestFilter(preMatching = true)
    public void unversioned(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith(UNVERSIONED + "/") || path.equals(UNVERSIONED)) {
            URI uri = request.getUriInfo().getRequestUri();
            String raw = uri.getRawPath().replaceFirst("/ckan/api/action", "/ckan/api/3/action");
            request.setRequestUri(URI.create(raw + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }
}
