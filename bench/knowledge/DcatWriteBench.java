import com.fasterxml.jackson.databind.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.*;
import org.wego.knowledge.domain.feed.DcatCatalogue;
import org.wego.knowledge.domain.resource.ResourceContent;
import java.io.ByteArrayOutputStream;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;

/** One DCAT page of 100 demo datasets written by Jena's RDF writers and by JsonLdWriter; best of 40 per format, one run. */
public class DcatWriteBench {
    public static void main(String[] a) throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<ResourceContent> demo = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("demo/knowledge.ndjson"))) if (!l.isBlank()) demo.add(json.readValue(l, ResourceContent.class));
        List<DcatCatalogue.Entry> entries = new ArrayList<>();
        Instant at = Instant.now();
        for (int i = 0; i < 100; i++) entries.add(new DcatCatalogue.Entry(UUID.randomUUID().toString(), demo.get(i % demo.size()).type().name(), at, at, demo.get(i % demo.size())));
        for (RDFFormat f : List.of(RDFFormat.JSONLD11_PRETTY, RDFFormat.JSONLD11_PLAIN, RDFFormat.JSONLD11_FLAT, RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS)) {
            long best = Long.MAX_VALUE; int size = 0;
            for (int r = 0; r < 40; r++) {
                long t = System.nanoTime();
                Model m = DcatCatalogue.build("https://wego.example", entries, List.of(), new DcatCatalogue.Page(0, 100, 10000, null), at);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, m, f);
                best = Math.min(best, System.nanoTime() - t); size = out.size();
            }
            System.out.printf("%-20s best %6.1f ms  %7d bytes%n", f, best / 1e6, size);
        }
        long best = Long.MAX_VALUE; int size = 0;
        for (int r = 0; r < 40; r++) {
            long t = System.nanoTime();
            Model m = DcatCatalogue.build("https://wego.example", entries, List.of(), new DcatCatalogue.Page(0, 100, 10000, null), at);
            java.io.StringWriter out = new java.io.StringWriter();
            org.wego.knowledge.domain.feed.JsonLdWriter.write(m, out);
            best = Math.min(best, System.nanoTime() - t); size = out.toString().length();
        }
        System.out.printf("%-20s best %6.1f ms  %7d chars%n", "JsonLdWriter", best / 1e6, size);
    }
}
