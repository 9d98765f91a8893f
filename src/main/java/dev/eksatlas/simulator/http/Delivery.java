package dev.eksatlas.simulator.http;

import java.time.Duration;

/** How the answer leaves the server: whole, slowly (headers, a pause, then the body), or cut off. */
public record Delivery(Kind kind, Duration pause) {
    public enum Kind { NORMAL, SLOW, DROP }

    public static final Delivery NORMAL = new Delivery(Kind.NORMAL, Duration.ZERO);
    public static final Delivery DROP = new Delivery(Kind.DROP, Duration.ZERO);

    public static Delivery slow(Duration pause) {
        return new Delivery(Kind.SLOW, pause);
    }
}
