package org.wego.awards.domain.edition;

import java.util.List;

/** An awards category of an edition. */
public record Category(String code, String name) {

    /** The five WeGO Awards categories. */
    public static final List<Category> DEFAULTS = List.of(
            new Category("SERVICES", "Inclusive and accessible public services"),
            new Category("EFFICIENCY", "Efficient and effective administration"),
            new Category("OPEN_CITY", "Open, transparent and participatory city"),
            new Category("URBAN_MANAGEMENT", "Smart urban management"),
            new Category("DIGITAL_DIVIDE", "Bridging the digital divide"));
}
