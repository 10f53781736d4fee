package org.wego.ceds.api;

import org.w3c.dom.Document;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks SDMX-ML messages against the official SDMX-ML 2.1 schemas (SDMXMessage.xsd and what it imports, from the
 * SDMX2-1 artifact; the W3C xml.xsd they import from test resources) and parses them for tests.
 */
final class SdmxMl {

    private static final Schema SCHEMA = load();
    /** Compiling the SDMX schema set takes about a second: once per DSD-specific schema text. */
    private static final java.util.Map<String, Schema> WITH_DSD = new java.util.concurrent.ConcurrentHashMap<>();

    private SdmxMl() {
    }

    private static Schema load() {
        return load(null);
    }

    /**
     * The official schemas, plus a DSD-specific one ({@code GET …/schema/…}) placed beside them as SDMX tools keep it,
     * so its imports of SDMXCommon.xsd and SDMXDataStructureSpecific.xsd find the official files.
     */
    private static Schema load(String dsdSchema) {
        try {
            URL message = SdmxMl.class.getResource("/schemaorg_apache_xmlbeans/src/SDMXMessage.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            factory.setResourceResolver((type, namespace, publicId, systemId, base) -> {
                if (systemId == null || !(systemId.equals("xml.xsd") || systemId.endsWith("/xml.xsd"))) {
                    return null; // the SDMX schemas sit next to each other in the jar: default resolution finds them
                }
                LSInput in = ls.createLSInput();
                in.setByteStream(SdmxMl.class.getResourceAsStream("/sdmx/xml.xsd"));
                in.setSystemId(systemId);
                return in;
            });
            StreamSource official = new StreamSource(message.openStream(), message.toString());
            if (dsdSchema == null) {
                return factory.newSchema(official);
            }
            String beside = message.toString().replace("SDMXMessage.xsd", "WEGO_dsd_specific.xsd");
            return factory.newSchema(new javax.xml.transform.Source[]{official,
                    new StreamSource(new StringReader(dsdSchema), beside)});
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the SDMX-ML 2.1 schemas", e);
        }
    }

    /** Every schema violation of the message; empty when it is valid SDMX-ML 2.1. */
    static List<String> violations(String xml) {
        return violations(SCHEMA, xml);
    }

    /** Every violation of structure-specific data against the official schemas and the dataflow's own schema. */
    static List<String> violations(String xml, String dsdSchema) {
        return violations(WITH_DSD.computeIfAbsent(dsdSchema, SdmxMl::load), xml);
    }

    private static List<String> violations(Schema schema, String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }
}
