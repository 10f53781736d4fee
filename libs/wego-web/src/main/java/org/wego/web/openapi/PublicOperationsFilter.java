package org.wego.web.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import java.util.ArrayList;

/**
 * Public operations ({@code @PermitAll}) say so: {@code security: []}, the OpenAPI way of "no token needed", instead
 * of no security at all, which linters (Redocly's security-defined) and generated clients read as "undocumented".
 * Registered by every service with {@code mp.openapi.filter}.
 */
public class PublicOperationsFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }
}
