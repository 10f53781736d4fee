package org.wego.tools;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local stand-in for MongoDB: mongo-java-server speaks the wire protocol, H2 keeps the data across restarts.
 * Production uses a real MongoDB replica set (docker-compose.yml); see architecture notes for the known gaps.
 * Usage: {@code MongoWireServer <host> <port> <data-file>}.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        Path file = Path.of(args.length > 2 ? args[2] : "mongo.mv");
        Files.createDirectories(file.toAbsolutePath().getParent());
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        // SIGTERM from ./wego down: close cleanly so H2 flushes the last writes.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-wire-shutdown"));
        System.out.println("MongoDB wire server listening on " + host + ":" + port + " (data: " + file + ")");
        Thread.currentThread().join();
    }
}
