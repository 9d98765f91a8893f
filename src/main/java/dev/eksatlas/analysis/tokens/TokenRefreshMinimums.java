package dev.eksatlas.analysis.tokens;

import java.util.List;
import java.util.Optional;

/**
 * The EKS user guide's tables ("Service account tokens"): the Kubernetes client libraries that
 * refresh service-account tokens by themselves from these versions on, and the cluster components
 * updated to re-fetch their token. Tokens of older clients live on for 90 days and are then refused.
 */
public final class TokenRefreshMinimums {

    /** A Kubernetes client library and the first version that refreshes its token within the hour. */
    public record ClientMinimum(String language, String minimum) {
    }

    /**
     * A cluster component and the first version that re-fetches its token; {@code addonName} is the
     * EKS add-on name when it is one, {@code serviceAccount} the {@code namespace:name} it usually
     * runs as (null when it varies).
     */
    public record ComponentMinimum(String component, String addonName, String serviceAccount, String minimum) {
    }

    public static final List<ClientMinimum> CLIENTS = List.of(
            new ClientMinimum("Go", "0.15.7"),
            new ClientMinimum("Python", "12.0.0"),
            new ClientMinimum("Java", "9.0.0"),
            new ClientMinimum("JavaScript", "0.10.3"),
            new ClientMinimum("Ruby", "master branch"),
            new ClientMinimum("Haskell", "0.3.0.0"),
            new ClientMinimum("C#", "7.0.5"));

    /** kube-proxy: the guide asks for "a current version" without a number. */
    public static final String CURRENT = "current";

    public static final List<ComponentMinimum> COMPONENTS = List.of(
            new ComponentMinimum("Amazon VPC CNI plugin for Kubernetes", "vpc-cni", "kube-system:aws-node", "1.8.0"),
            new ComponentMinimum("CoreDNS", "coredns", "kube-system:coredns", "1.8.4"),
            new ComponentMinimum("kube-proxy", "kube-proxy", "kube-system:kube-proxy", CURRENT),
            new ComponentMinimum("AWS Load Balancer Controller", null, "kube-system:aws-load-balancer-controller", "2.0.0"),
            new ComponentMinimum("AWS for Fluent Bit", null, null, "2.25.0"),
            new ComponentMinimum("Fluentd image", null, null, "1.14.6-1.2"),
            new ComponentMinimum("Fluentd Kubernetes metadata filter plugin", null, null, "2.11.1"));

    private TokenRefreshMinimums() {
    }

    /** The component a service account most likely belongs to, by its usual name. */
    public static Optional<ComponentMinimum> componentOf(String namespace, String serviceAccount) {
        String subject = namespace + ":" + serviceAccount;
        for (ComponentMinimum c : COMPONENTS) {
            if (subject.equals(c.serviceAccount())) {
                return Optional.of(c);
            }
        }
        String name = serviceAccount == null ? "" : serviceAccount;
        if (name.contains("fluent-bit")) {
            return Optional.of(COMPONENTS.get(4));
        }
        return name.contains("fluentd") ? Optional.of(COMPONENTS.get(5)) : Optional.empty();
    }

    /** The client table as one line: {@code Go 0.15.7, Python 12.0.0, ...}. */
    public static String clientsInOneLine() {
        return String.join(", ", CLIENTS.stream().map(c -> c.language() + " " + c.minimum()).toList());
    }

    /** The EKS add-on minimum with a version number ({@code vpc-cni}, {@code coredns}), if there is one. */
    public static Optional<String> addonMinimum(String addonName) {
        return COMPONENTS.stream().filter(c -> addonName.equals(c.addonName()) && !CURRENT.equals(c.minimum()))
                .map(ComponentMinimum::minimum).findFirst();
    }
}
