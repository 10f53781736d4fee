package org.wego.ceds.domain.feed;


/**
 * SDMX-CSV 1.0: one row per observation, the dataflow in the first column, then every dimension, OBS_VALUE and the
 * attribute. {@code labels=both} writes {@code id: name} in the header and in the coded cells, as the format allows.
 * SDMX-CSV 1.0 has no way to say "deleted": withdrawals are reported by the XML and JSON formats only.
 */
public final class SdmxCsv {

    private SdmxCsv() {
    }

    public static String write(SdmxData data, boolean bothLabels) {
        boolean attributes = data.query().detail().attributes();
        StringBuilder out = new StringBuilder(bothLabels ? "DATAFLOW: Dataflow" : "DATAFLOW");
        for (String d : SdmxData.ALL_DIMENSIONS) {
            out.append(',').append(bothLabels ? d + ": " + header(d) : d);
        }
        out.append(bothLabels ? ",OBS_VALUE: Score" : ",OBS_VALUE");
        if (attributes) {
            out.append(bothLabels ? ",MATURITY_LEVEL: Maturity level" : ",MATURITY_LEVEL");
        }
        out.append('\n');
        String flow = data.structure().flowRef();
        if (!data.query().detail().observations()) {
            return out.toString();
        }
        for (SdmxData.Obs o : data.observations()) {
            out.append(bothLabels ? cell(flow + ": " + data.structure().name()) : flow);
            for (String d : SdmxData.ALL_DIMENSIONS) {
                String id = o.value(d);
                out.append(',').append(cell(bothLabels && !d.equals("TIME_PERIOD") ? id + ": " + o.label(d) : id));
            }
            out.append(',').append(o.value().toPlainString());
            if (attributes) {
                out.append(',').append(o.level() == null ? "" : o.level());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String header(String dimension) {
        return switch (dimension) {
            case "REF_AREA" -> "Reference area";
            case "CITY" -> "Member city";
            case "MEASURE" -> "Measure";
            default -> "Time period";
        };
    }

    /** RFC 4180 quoting where a value holds a comma, a quote or a line break. */
    static String cell(String value) {
        return value.matches(".*[,\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
