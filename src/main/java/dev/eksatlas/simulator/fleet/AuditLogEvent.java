package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.StaleTokenObservation;
import java.time.Instant;

/**
 * One generated API-server audit event carrying the {@code authentication.k8s.io/stale-token}
 * annotation. The simulated audit log has no wall-clock time of its own: every event lies
 * {@code ageSeconds} before the end of the query that reads it, so the same window always finds the
 * same events. {@code elapsedSeconds} is the annotation's "seconds after warning threshold".
 */
public record AuditLogEvent(String accountId, String region, String clusterName, String subject, long elapsedSeconds,
        long ageSeconds) {

    /** What a scan should store for this event when its query ended at {@code queryEnd}. */
    public StaleTokenObservation observedAt(Instant queryEnd) {
        return new StaleTokenObservation(accountId, region, clusterName, subject, elapsedSeconds,
                queryEnd.minusSeconds(ageSeconds));
    }

    /** The annotation value as the API server writes it (EKS user guide, "Service account tokens"). */
    public String annotation() {
        return "subject: " + subject + ", seconds after warning threshold: " + elapsedSeconds;
    }
}
