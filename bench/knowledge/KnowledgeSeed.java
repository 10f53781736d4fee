import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds N published knowledge resources, in the shape the knowledge-service stores, into a bench database.
 * Run with the service's own driver jars: java -cp "knowledge-service/target/quarkus-app/lib/main/*" KnowledgeSeed.java
 * mongodb://127.0.0.1:27017 knowledge_bench 10000
 */
public class KnowledgeSeed {

    static final String[] WORDS = ("digital government service portal citizen data open transparency participation "
            + "budget mobile payment identity cloud platform smart city traffic parking waste water energy health "
            + "education school library permit licence tax complaint feedback chatbot artificial intelligence analytics "
            + "dashboard sensor network broadband inclusion elderly youth disability accessibility security privacy "
            + "cyber resilience disaster emergency climate green housing transport bus metro bicycle tourism culture "
            + "heritage procurement contract audit integrity anticorruption innovation startup skills training "
            + "cooperation partnership survey index maturity assessment benchmark framework strategy policy law "
            + "regulation interoperability standard api registry address map geospatial satellite agriculture market "
            + "employment welfare pension social care hospital clinic telemedicine vaccination records archive").split(" ");
    static final String[] TYPES = {"GOOD_PRACTICE", "REPORT", "TOOL", "GOOD_PRACTICE", "REPORT", "GOOD_PRACTICE"};
    static final String[] REGIONS = {"ASIA", "AFRICA", "EUROPE", "AMERICAS", "MIDDLE_EAST", "OCEANIA"};
    static final String[] COUNTRIES = {"KR", "KE", "ES", "MX", "JO", "FJ", "ID", "BR", "MN", "ET", "PE", "UZ"};
    static final String[] THEMES = {"SERVICES", "EFFICIENCY", "OPEN_CITY", "URBAN_MANAGEMENT", "DIGITAL_DIVIDE"};
    static final String[] LANGS = {"en", "en", "en", "es", "fr", "ko"};

    public static void main(String[] args) {
        int n = Integer.parseInt(args[2]);
        Random r = new Random(7);
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoCollection<Document> resources = client.getDatabase(args[1]).getCollection("resources");
            resources.drop();
            List<Document> batch = new ArrayList<>();
            Instant start = Instant.parse("2015-01-01T00:00:00Z");
            for (int i = 0; i < n; i++) {
                String type = TYPES[r.nextInt(TYPES.length)];
                Instant at = start.plusSeconds((long) r.nextInt(11 * 365) * 86400);
                Document content = new Document("type", type)
                        .append("title", capitalised(words(r, 4 + r.nextInt(5))))
                        .append("summary", words(r, 20 + r.nextInt(20)))
                        .append("body", words(r, 150 + r.nextInt(150)))
                        .append("language", LANGS[r.nextInt(LANGS.length)])
                        .append("countries", List.of(COUNTRIES[r.nextInt(COUNTRIES.length)]))
                        .append("regions", List.of(REGIONS[r.nextInt(REGIONS.length)]))
                        .append("themes", List.of(THEMES[r.nextInt(THEMES.length)]))
                        .append("sdgs", List.of(1 + r.nextInt(17), 1 + r.nextInt(17)).stream().distinct().toList())
                        .append("tags", List.of(WORDS[r.nextInt(WORDS.length)], WORDS[r.nextInt(WORDS.length)]).stream().distinct().toList())
                        .append("licence", "CC-BY-4.0");
                batch.add(new Document("_id", UUID.randomUUID().toString()).append("type", type).append("status", "PUBLISHED")
                        .append("content", content).append("versions", List.of()).append("history", List.of())
                        .append("pendingEvents", List.of()).append("appliedEvents", List.of())
                        .append("createdBy", "bench").append("createdAt", Date.from(at)).append("updatedBy", "bench")
                        .append("updatedAt", Date.from(at)).append("publishedAt", Date.from(at)).append("revision", 1));
                if (batch.size() == 500) {
                    resources.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                resources.insertMany(batch);
            }
            System.out.println("seeded " + resources.countDocuments() + " published resources into " + args[1]);
        }
    }

    static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String words(Random r, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
