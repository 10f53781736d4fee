package org.wego.ceds.domain.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.wego.ceds.domain.MemberCity;
import org.wego.ceds.domain.framework.FrameworkCatalogue;
import org.wego.ceds.domain.framework.FrameworkRules;
import org.wego.ceds.domain.framework.PublishedFramework;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CeDS dataflows: one per published framework version ({@code WEGO:CEDS_LOSI(2022)}); {@code latest} is a
 * framework's highest version, as SDMX orders versions.
 */
@ApplicationScoped
public class SdmxFlows {

    private final FrameworkCatalogue catalogue;

    public SdmxFlows(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * One dataflow; {@code withCities} false leaves the area and city codelists empty, which data messages do not
     * need (their observations carry the city's names), so a data query never lists every member city.
     */
    public SdmxStructure structure(String framework, String version, boolean withCities) {
        List<PublishedFramework> found = published(framework, version);
        if (found.isEmpty()) {
            throw SdmxFailure.noResults("no dataflow " + SdmxStructure.AGENCY + ",CEDS_" + framework + "," + version
                    + " is published");
        }
        PublishedFramework f = found.get(0);
        return SdmxStructure.of(catalogue.get(f.code, f.version), withCities ? cities() : List.of());
    }

    /**
     * The dataflows of a structure query: {@code framework} null = every framework; {@code version} {@code all},
     * {@code latest} (per framework) or one version. Empty when nothing matches.
     */
    public List<SdmxStructure> structures(String framework, String version) {
        List<PublishedFramework> rows = published(framework, version);
        if (version.equals("latest")) {
            Map<String, PublishedFramework> latest = new LinkedHashMap<>();
            rows.forEach(f -> latest.putIfAbsent(f.code, f));
            rows = List.copyOf(latest.values());
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<SdmxStructure.City> cities = cities();
        return rows.stream().map(f -> SdmxStructure.of(catalogue.get(f.code, f.version), cities)).toList();
    }

    /**
     * Matching framework versions, by code then highest version first. Versions stored before versions had to be
     * numeric are no SDMX version and stay out of the feed.
     */
    private static List<PublishedFramework> published(String framework, String version) {
        boolean anyVersion = version.equals("all") || version.equals("latest");
        List<PublishedFramework> rows = framework == null ? PublishedFramework.listAll()
                : PublishedFramework.list("code", framework);
        return rows.stream()
                .filter(f -> f.version.matches(FrameworkRules.VERSION) && (anyVersion || f.version.equals(version)))
                .sorted(Comparator.comparing((PublishedFramework f) -> f.code)
                        .thenComparing((a, b) -> compareVersions(b.version, a.version)))
                .toList();
    }

    /** Numeric, part by part: 1.10 is after 1.9, 2022 after 1.0. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static List<SdmxStructure.City> cities() {
        return MemberCity.<MemberCity>listAll().stream().map(c -> SdmxStructure.City.of(c.code, c.name, c.country)).toList();
    }
}
