package dev.eksatlas.analysis.comparison;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.RoleGrant;
import dev.eksatlas.analysis.policy.Glob;
import dev.eksatlas.analysis.trust.OidcProviderRef;
import dev.eksatlas.analysis.trust.StatementGrant;
import dev.eksatlas.domain.FargateProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds a cluster's service-account matrix from its IRSA grants and associations. */
final class MatrixBuilder {
    private final FleetIndex index;

    MatrixBuilder(FleetIndex index) {
        this.index = index;
    }

    private static final class Entry {
        final TreeSet<String> working = new TreeSet<>();
        final TreeSet<String> broken = new TreeSet<>();
        /** Of the broken ones, grants that match but whose OIDC provider is missing: the annotation still injects IRSA. */
        final TreeSet<String> providerMissing = new TreeSet<>();
        final TreeSet<String> wildcard = new TreeSet<>();
        boolean pattern;
        AssociationLink association;
    }

    List<ServiceAccountRow> build(ClusterLink link) {
        Map<String, Entry> entries = new TreeMap<>();
        List<RoleGrant> patterns = new ArrayList<>();
        for (RoleGrant g : link.irsaGrants()) {
            StatementGrant sg = g.grant();
            if (sg.grant().namespace() == null) {
                continue;
            }
            Entry e = entries.computeIfAbsent(key(sg.grant().namespace(), sg.grant().serviceAccount()), k -> new Entry());
            e.pattern |= sg.pattern();
            if (works(g)) {
                e.working.add(g.roleArn());
            } else {
                e.broken.add(g.roleArn());
                if (sg.active()) {
                    e.providerMissing.add(g.roleArn());
                }
            }
            if (sg.pattern() && works(g)) {
                patterns.add(g);
            }
        }
        for (AssociationLink al : link.associations()) {
            Entry e = entries.computeIfAbsent(key(al.association().namespace(), al.association().serviceAccount()), k -> new Entry());
            if (e.association == null) {
                e.association = al;
            }
        }
        List<ServiceAccountRow> rows = new ArrayList<>();
        entries.forEach((k, e) -> {
            String[] parts = k.split("\n", 2);
            if (!e.pattern) {
                patterns.stream().filter(p -> p.grant().covers(parts[0], parts[1])).map(RoleGrant::roleArn).forEach(e.wildcard::add);
            }
            rows.add(row(parts[0], parts[1], e, link));
        });
        return rows;
    }

    private ServiceAccountRow row(String namespace, String serviceAccount, Entry e, ClusterLink link) {
        List<String> irsa = List.copyOf(e.working.isEmpty() ? e.broken : e.working);
        List<String> wildcard = List.copyOf(e.wildcard);
        if (e.pattern && e.association == null) {
            return new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, null, null, MatrixStatus.WILDCARD_GRANT,
                    FindingText.of("grant to every service account matching " + namespace + ":" + serviceAccount,
                            "matrix.text.wildcardGrant", namespace + ":" + serviceAccount));
        }
        if (e.association == null) {
            return e.working.isEmpty()
                    ? new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, null, null, MatrixStatus.IRSA_BROKEN,
                    FindingText.of("its grants can never match, are denied, or name a missing OIDC provider", "matrix.text.irsaBroken"))
                    : new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, null, null, MatrixStatus.IRSA_ONLY, null);
        }
        AssociationLink al = e.association;
        String role = al.association().roleArn();
        String target = al.association().targetRoleArn();
        Optional<FargateProfile> fargate = link.fargateProfiles().stream()
                .filter(f -> f.selectors().stream().anyMatch(s -> Glob.matches(s.namespace(), namespace))).findFirst();
        if (al.health().broken()) {
            return new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, role, target, MatrixStatus.ASSOCIATION_BROKEN,
                    al.detailText() != null || al.detail() == null ? al.detailText() : FindingText.plain(al.detail()));
        }
        if (fargate.isPresent()) {
            return new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, role, target, MatrixStatus.ASSOCIATION_ON_FARGATE,
                    FindingText.of("Fargate profile " + fargate.get().name() + " selects this namespace; Pod Identity does not work on Fargate",
                            "matrix.text.onFargate", fargate.get().name()));
        }
        if (!e.working.isEmpty()) {
            return new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, role, target, MatrixStatus.BOTH_IRSA_WINS,
                    FindingText.of("IRSA wins in the SDK credential chain while the service account carries the eks.amazonaws.com/role-arn annotation",
                            "matrix.text.irsaWins"));
        }
        if (!e.providerMissing.isEmpty()) {
            // The eks.amazonaws.com/role-arn annotation injects the web-identity variables whether or not the
            // provider exists, so the SDK chain still tries IRSA first; its AssumeRoleWithWebIdentity then fails.
            return new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, role, target, MatrixStatus.BOTH_IRSA_WINS,
                    FindingText.of("IRSA is tried first but its OIDC provider is missing, so web identity fails; whether the SDK then falls back "
                            + "to Pod Identity depends on the SDK: remove the eks.amazonaws.com/role-arn annotation", "matrix.text.providerMissing"));
        }
        FindingText note = wildcard.isEmpty() ? null : FindingText.of(
                "also covered by wildcard IRSA grants; IRSA wins if the service account is annotated", "matrix.text.alsoWildcard");
        return new ServiceAccountRow(namespace, serviceAccount, irsa, wildcard, role, target, MatrixStatus.POD_IDENTITY_ONLY, note);
    }

    /** A grant works when it can match and its provider exists (or its account could not be checked). */
    boolean works(RoleGrant g) {
        if (!g.grant().active()) {
            return false;
        }
        OidcProviderRef p = g.grant().provider();
        return index.provider(p.arn()) != null || !index.coverage().iamProvidersComplete(p.accountId());
    }

    private static String key(String namespace, String serviceAccount) {
        return namespace + "\n" + serviceAccount;
    }
}
