package org.wego.ceds.domain.feed;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.wego.ceds.domain.feed.SdmxStructureXml.COM;
import static org.wego.ceds.domain.feed.SdmxStructureXml.STR;

/**
 * Writes an availability answer as SDMX-ML 2.1 does: a structure message holding one actual
 * {@code ContentConstraint} attached to the dataflow, a {@code CubeRegion} of the available codes per dimension and
 * the time range, and the number of matching observations as the {@code obs_count} annotation (the .Stat Suite's
 * convention, which its Data Explorer reads).
 */
public final class SdmxAvailabilityXml {

    private SdmxAvailabilityXml() {
    }

    public static String write(SdmxAvailability a, Instant prepared) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = SdmxStructureXml.start(out, prepared);
            x.writeStartElement(STR, "Constraints");
            constraint(x, a);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an SDMX-ML availability message", e);
        }
        return out.toString();
    }

    private static void constraint(XMLStreamWriter x, SdmxAvailability a) throws XMLStreamException {
        SdmxStructure s = a.structure();
        x.writeStartElement(STR, "ContentConstraint");
        x.writeAttribute("id", a.constraintId());
        x.writeAttribute("agencyID", SdmxStructure.AGENCY);
        x.writeAttribute("version", s.version());
        x.writeAttribute("isFinal", "false");
        x.writeAttribute("urn", SdmxStructure.urn("registry.ContentConstraint", a.constraintId(), s.version()));
        x.writeAttribute("type", "Actual");
        x.writeStartElement(COM, "Annotations");
        x.writeStartElement(COM, "Annotation");
        x.writeAttribute("id", "obs_count");
        SdmxStructureXml.text(x, COM, "AnnotationTitle", Long.toString(a.observations()));
        SdmxStructureXml.text(x, COM, "AnnotationType", "sdmx_metrics");
        x.writeEndElement();
        x.writeEndElement();
        SdmxStructureXml.name(x, "Availability of " + s.name());
        x.writeStartElement(STR, "ConstraintAttachment");
        x.writeStartElement(STR, "Dataflow");
        SdmxStructureXml.ref(x, s.dataflowId(), s.version(), "datastructure", "Dataflow");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(STR, "CubeRegion");
        x.writeAttribute("include", "true");
        for (Map.Entry<String, List<String>> d : a.values().entrySet()) {
            if (d.getValue().isEmpty()) {
                continue; // SDMX-ML wants at least one value per KeyValue; no value = nothing available
            }
            x.writeStartElement(COM, "KeyValue");
            x.writeAttribute("id", d.getKey());
            for (String v : d.getValue()) {
                SdmxStructureXml.text(x, COM, "Value", v);
            }
            x.writeEndElement();
        }
        if (a.fromYear() != null) {
            x.writeStartElement(COM, "KeyValue");
            x.writeAttribute("id", SdmxDataQuery.TIME_PERIOD);
            x.writeStartElement(COM, "TimeRange");
            period(x, "StartPeriod", a.fromYear());
            period(x, "EndPeriod", a.toYear());
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void period(XMLStreamWriter x, String element, int year) throws XMLStreamException {
        x.writeStartElement(COM, element);
        x.writeAttribute("isInclusive", "true");
        x.writeCharacters(Integer.toString(year));
        x.writeEndElement();
    }
}
