package org.wego.ceds.domain.feed;

import com.neovisionaries.i18n.CountryCode;
import org.wego.ceds.domain.framework.Framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SDMX structural metadata of one CeDS dataflow: the dataflow, its data structure definition (DSD) and the
 * codelists and concepts the DSD points at. It describes exactly the series key the data messages use
 * (REF_AREA.CITY.MEASURE, then TIME_PERIOD; OBS_VALUE with the MATURITY_LEVEL attribute), so a partner's SDMX
 * tooling can validate and label what it pulls.
 */
public record SdmxStructure(String dataflowId, String version, String framework, String name, String description,
                            List<Codelist> codelists, List<Component> dimensions) {

    /** The maintenance agency of every CeDS artefact, and the data provider of every CeDS observation. */
    public static final String AGENCY = "WEGO";
    public static final String CONCEPT_SCHEME = "CS_CEDS";
    /** Version of what all frameworks share: the area and city codelists and the concept scheme. */
    public static final String SHARED_VERSION = "1.0";

    public record Code(String id, String name) {
    }

    public record Codelist(String id, String version, String name, List<Code> codes) {

        public String urn() {
            return "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=" + SdmxStructure.AGENCY + ":" + id + "(" + version + ")";
        }
    }

    /** A series dimension (position from 1) enumerated by a codelist. */
    public record Component(String id, String name, int position, String codelistId) {
    }

    /** The concepts every CeDS DSD uses, in component order. */
    public static final Map<String, String> CONCEPTS = Map.of(
            "REF_AREA", "Reference area (UN M49 country code)",
            "CITY", "WeGO member city",
            "MEASURE", "Overall maturity score or criterion score",
            "TIME_PERIOD", "Assessment year",
            "OBS_VALUE", "Score in [0, 1], rounded to 4 decimals half-up",
            "MATURITY_LEVEL", "Maturity band of the overall score");

    public static final List<String> CONCEPT_ORDER =
            List.of("REF_AREA", "CITY", "MEASURE", "TIME_PERIOD", "OBS_VALUE", "MATURITY_LEVEL");

    /** A member city as codelists see it; {@code areaCode}/{@code areaName} are its country's M49 code and name. */
    public record City(String code, String name, String areaCode, String areaName) {

        /** A city with its ISO 3166 alpha-2 country mapped to the M49 numeric code SDMX partners key areas by. */
        public static City of(String code, String name, String country) {
            CountryCode iso = CountryCode.getByAlpha2Code(country);
            return iso == null ? new City(code, name, country, country)
                    : new City(code, name, String.format("%03d", iso.getNumeric()), iso.getName());
        }
    }

    /**
     * Builds the structure for one framework version: the dataflow and DSD carry the framework's version as their
     * own ({@code WEGO:CEDS_LOSI(2022)}), so one dataflow never mixes framework versions. Area and city codelists list
     * every member city this service knows, not only those with published data, so the codes stay stable.
     */
    public static SdmxStructure of(Framework framework, List<City> cities) {
        String flow = "CEDS_" + framework.code();
        String v = framework.version();
        TreeMap<String, String> areas = new TreeMap<>();
        cities.forEach(c -> areas.put(c.areaCode(), c.areaName()));
        List<Code> measures = new ArrayList<>();
        measures.add(new Code("SCORE", "Overall score (" + framework.aggregation() + ")"));
        framework.criteria().forEach(c -> measures.add(new Code(c.code(), c.name())));
        List<Code> levels = framework.bands().stream()
                .sorted(Comparator.comparing(Framework.Band::min).reversed())
                .map(b -> new Code(b.level(), b.level() + " (score >= " + b.min() + ")")).toList();
        List<Codelist> codelists = List.of(
                new Codelist("CL_AREA", SHARED_VERSION, "Reference areas (UN M49)",
                        areas.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue())).toList()),
                new Codelist("CL_CITY", SHARED_VERSION, "WeGO member cities", cities.stream()
                        .sorted(Comparator.comparing(City::code)).map(c -> new Code(c.code(), c.name())).toList()),
                new Codelist("CL_MEASURE_" + framework.code(), v, framework.name() + " measures", measures),
                new Codelist("CL_MATURITY_LEVEL_" + framework.code(), v, framework.name() + " maturity levels", levels));
        List<Component> dimensions = List.of(
                new Component("REF_AREA", CONCEPTS.get("REF_AREA"), 1, "CL_AREA"),
                new Component("CITY", CONCEPTS.get("CITY"), 2, "CL_CITY"),
                new Component("MEASURE", CONCEPTS.get("MEASURE"), 3, "CL_MEASURE_" + framework.code()));
        String description = framework.name() + " " + framework.version() + ": published CeDS results by city, "
                + "overall score and criterion scores per assessment year";
        return new SdmxStructure(flow, v, framework.code(), framework.name(), description, codelists, dimensions);
    }

    /** {@code WEGO:CEDS_LOSI(2022)}, as SDMX-CSV and references write a dataflow. */
    public String flowRef() {
        return SdmxStructure.AGENCY + ":" + dataflowId + "(" + version + ")";
    }

    public String dsdId() {
        return dataflowId;
    }

    public Codelist codelist(String id) {
        return codelists.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    public String levelCodelistId() {
        return codelists.get(3).id();
    }

    public static String urn(String packageAndClass, String id, String version) {
        return "urn:sdmx:org.sdmx.infomodel." + packageAndClass + "=" + SdmxStructure.AGENCY + ":" + id + "(" + version + ")";
    }

    public Codelist codelistOf(Component c) {
        return codelist(c.codelistId());
    }
}
