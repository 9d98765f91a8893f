package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.EksCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes a cluster from its traits: the EKS record, its infrastructure, its IAM roles and its OIDC provider. */
final class ClusterFactory {
    private final Ids ids;
    private final Set<String> names = new HashSet<>();

    ClusterFactory(Ids ids) {
        this.ids = ids;
    }

    ClusterDraft create(AccountBuilder account, String region, ClusterTraits traits) {
        String team = ids.pick(account.teams);
        String name = uniqueName(account, region, team);
        String arn = "arn:aws:eks:" + region + ":" + account.id + ":cluster/" + name;
        String issuerId = ids.issuerId();
        Instant created = ids.daysAgo(20, 1500);
        List<String> logging = new ArrayList<>();
        if (traits.auditLogging()) {
            logging.add("api");
            logging.add("audit");
            if (ids.chance(0.5)) {
                logging.add("authenticator");
            }
        } else if (ids.chance(0.2)) {
            logging.add("api");
        }
        String authMode = traits.autoMode() || ids.chance(0.5) ? (ids.chance(0.5) ? "API" : "API_AND_CONFIG_MAP")
                : ids.chance(0.6) ? "API_AND_CONFIG_MAP" : "CONFIG_MAP";
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("environment", account.name);
        tags.put("team", team);
        if (ids.chance(0.7)) {
            tags.put("managed-by", ids.chance(0.7) ? "terraform" : "eksctl");
        }
        EksCluster cluster = new EksCluster(account.id, region, name, arn, traits.version(), "eks." + traits.platform(),
                "ACTIVE", "https://oidc.eks." + region + ".amazonaws.com/id/" + issuerId, logging, authMode,
                traits.autoMode(), created, tags);
        ClusterDraft draft = new ClusterDraft(account, cluster, traits, NamePools.teamWorkloads(ids, account.teams));

        String clusterRole = account.addRole(account.uniqueRoleName(name + "-cluster-role"), "/",
                List.of(TrustPolicies.service("eks.amazonaws.com", traits.autoMode())), Map.of("eks-cluster", name));
        String nodeRole = account.addRole(account.uniqueRoleName(name + "-node-role"), "/",
                List.of(TrustPolicies.service("ec2.amazonaws.com", false)), Map.of("eks-cluster", name));
        List<String> subnets = List.of("subnet-" + ids.hex(17), "subnet-" + ids.hex(17), "subnet-" + ids.hex(17));
        String ca = Base64.getEncoder().encodeToString(("-----BEGIN CERTIFICATE-----\nSIMULATED" + issuerId
                + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII));
        account.infrastructure.put(arn, new ClusterInfrastructure(clusterRole, nodeRole, "vpc-" + ids.hex(17), subnets,
                "sg-" + ids.hex(17), "https://" + issuerId + ".gr7." + region + ".eks.amazonaws.com", ca,
                ids.chance(0.5) ? "10.100.0.0/16" : "172.20.0.0/16", ids.chance(0.7) ? "STANDARD" : "EXTENDED"));

        if (traits.providerCreated()) {
            Map<String, String> providerTags = ids.chance(0.5) ? Map.of("alpha.eksctl.io/cluster-name", name) : Map.of();
            account.addProvider(draft.issuerHostPath, created.plus(Duration.ofMinutes(20)), providerTags);
        }
        account.clusters.add(draft);
        return draft;
    }

    private String uniqueName(AccountBuilder account, String region, String team) {
        String env = switch (account.name) {
            case "prod" -> "prod";
            case "staging" -> "stg";
            case "sandbox" -> "sbx";
            default -> account.name;
        };
        String base = team + "-" + env + "-" + Regions.shortCode(region);
        String candidate = base;
        for (int i = 2; !names.add(account.id + "/" + region + "/" + candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }
}
