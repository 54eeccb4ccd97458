package dev.tandem.space;

import java.io.IOException;

/**
 * One client following a space live, as the web edge holds it (a Server-Sent Events response): the space sends it
 * posts with their event ids, keeps it awake, and closes it. An {@link IOException} means the client has gone.
 */
public interface LiveClient {

    void send(long eventId, Post post) throws IOException;

    void ping() throws IOException;

    void close();
}
