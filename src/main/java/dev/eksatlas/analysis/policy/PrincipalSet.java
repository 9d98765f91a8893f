package dev.eksatlas.analysis.policy;

import java.util.List;

/**
 * A statement's {@code Principal} (or {@code NotPrincipal}): {@code "*"} means anyone, as does
 * {@code {"AWS": "*"}}; otherwise the ARNs, account IDs and service names listed per type.
 */
public record PrincipalSet(boolean anyone, List<String> aws, List<String> federated, List<String> service,
                           List<String> canonicalUser) {

    public static final PrincipalSet NONE = new PrincipalSet(false, List.of(), List.of(), List.of(), List.of());

    public PrincipalSet {
        aws = List.copyOf(aws);
        federated = List.copyOf(federated);
        service = List.copyOf(service);
        canonicalUser = List.copyOf(canonicalUser);
    }

    public boolean hasService(String name) {
        return service.stream().anyMatch(s -> s.equalsIgnoreCase(name));
    }

    public boolean hasFederated(String arn) {
        return federated.stream().anyMatch(f -> f.equalsIgnoreCase(arn));
    }

    public boolean isEmpty() {
        return !anyone && aws.isEmpty() && federated.isEmpty() && service.isEmpty() && canonicalUser.isEmpty();
    }
}
