package dev.eksatlas.simulator.eks;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.simulator.fleet.ClusterInfrastructure;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EKS shapes (botocore {@code eks/2017-11-01}) written member by member in model order. Timestamps
 * are epoch seconds as JSON numbers with milliseconds ({@code 1700862734.922}): the {@code Timestamp}
 * shape has no {@code timestampFormat}, and rest-json's default is epoch seconds.
 */
final class EksJson {
    private static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager", "scheduler");

    private EksJson() {
    }

    static void timestamp(JsonGenerator g, String field, Instant t) throws IOException {
        long millis = t.toEpochMilli();
        int fraction = (int) Math.floorMod(millis, 1000L);
        g.writeFieldName(field);
        g.writeNumber(Math.floorDiv(millis, 1000L) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction);
    }

    static void cluster(JsonGenerator g, EksCluster c, ClusterInfrastructure infra) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("arn", c.arn());
        timestamp(g, "createdAt", c.createdAt());
        g.writeStringField("version", c.version());
        g.writeStringField("endpoint", infra.endpoint());
        g.writeStringField("roleArn", infra.clusterRoleArn());
        g.writeObjectFieldStart("resourcesVpcConfig");
        strings(g, "subnetIds", infra.subnetIds());
        strings(g, "securityGroupIds", List.of());
        g.writeStringField("clusterSecurityGroupId", infra.clusterSecurityGroupId());
        g.writeStringField("vpcId", infra.vpcId());
        g.writeBooleanField("endpointPublicAccess", true);
        g.writeBooleanField("endpointPrivateAccess", true);
        strings(g, "publicAccessCidrs", List.of("0.0.0.0/0"));
        g.writeEndObject();
        g.writeObjectFieldStart("kubernetesNetworkConfig");
        g.writeStringField("serviceIpv4Cidr", infra.serviceIpv4Cidr());
        g.writeStringField("ipFamily", "ipv4");
        g.writeObjectFieldStart("elasticLoadBalancing");
        g.writeBooleanField("enabled", c.autoMode());
        g.writeEndObject();
        g.writeEndObject();
        logging(g, c.loggingTypesEnabled());
        g.writeObjectFieldStart("identity");
        g.writeObjectFieldStart("oidc");
        g.writeStringField("issuer", c.oidcIssuer());
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("status", c.status());
        g.writeObjectFieldStart("certificateAuthority");
        g.writeStringField("data", infra.certificateAuthorityData());
        g.writeEndObject();
        g.writeStringField("platformVersion", c.platformVersion());
        tags(g, c.tags());
        health(g, List.of());
        g.writeObjectFieldStart("accessConfig");
        g.writeStringField("authenticationMode", c.authenticationMode());
        g.writeEndObject();
        g.writeObjectFieldStart("upgradePolicy");
        g.writeStringField("supportType", infra.supportType());
        g.writeEndObject();
        if (c.autoMode()) {
            g.writeObjectFieldStart("computeConfig");
            g.writeBooleanField("enabled", true);
            strings(g, "nodePools", List.of("general-purpose", "system"));
            g.writeStringField("nodeRoleArn", infra.nodeRoleArn());
            g.writeEndObject();
            g.writeObjectFieldStart("storageConfig");
            g.writeObjectFieldStart("blockStorage");
            g.writeBooleanField("enabled", true);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Enabled log types in one entry, disabled ones in another, as EKS reports them. */
    private static void logging(JsonGenerator g, List<String> enabled) throws IOException {
        List<String> disabled = new ArrayList<>(LOG_TYPES);
        disabled.removeAll(enabled);
        g.writeObjectFieldStart("logging");
        g.writeArrayFieldStart("clusterLogging");
        if (!enabled.isEmpty()) {
            logSetup(g, enabled, true);
        }
        if (!disabled.isEmpty()) {
            logSetup(g, disabled, false);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void logSetup(JsonGenerator g, List<String> types, boolean enabled) throws IOException {
        g.writeStartObject();
        strings(g, "types", types);
        g.writeBooleanField("enabled", enabled);
        g.writeEndObject();
    }

    static void associationSummary(JsonGenerator g, PodIdentityAssociation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("clusterName", a.clusterName());
        g.writeStringField("namespace", a.namespace());
        g.writeStringField("serviceAccount", a.serviceAccount());
        g.writeStringField("associationArn", a.associationArn());
        g.writeStringField("associationId", a.associationId());
        optional(g, "ownerArn", a.ownerArn());
        g.writeEndObject();
    }

    static void association(JsonGenerator g, PodIdentityAssociation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("clusterName", a.clusterName());
        g.writeStringField("namespace", a.namespace());
        g.writeStringField("serviceAccount", a.serviceAccount());
        g.writeStringField("roleArn", a.roleArn());
        g.writeStringField("associationArn", a.associationArn());
        g.writeStringField("associationId", a.associationId());
        tags(g, a.tags());
        timestamp(g, "createdAt", a.createdAt());
        timestamp(g, "modifiedAt", a.modifiedAt());
        optional(g, "ownerArn", a.ownerArn());
        if (a.disableSessionTags() != null) {
            g.writeBooleanField("disableSessionTags", a.disableSessionTags());
        }
        optional(g, "targetRoleArn", a.targetRoleArn());
        optional(g, "externalId", a.externalId());
        optional(g, "policy", a.policy());
        g.writeEndObject();
    }

    static void addon(JsonGenerator g, EksAddon a) throws IOException {
        g.writeStartObject();
        g.writeStringField("addonName", a.name());
        g.writeStringField("clusterName", a.clusterName());
        g.writeStringField("status", a.status());
        g.writeStringField("addonVersion", a.version());
        g.writeObjectFieldStart("health");
        g.writeArrayFieldStart("issues");
        if ("DEGRADED".equals(a.status())) {
            g.writeStartObject();
            g.writeStringField("code", "InsufficientNumberOfReplicas");
            g.writeStringField("message", "The add-on is unhealthy because it doesn't have the desired number of replicas.");
            strings(g, "resourceIds", List.of());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("addonArn", a.arn());
        timestamp(g, "createdAt", a.createdAt());
        timestamp(g, "modifiedAt", a.createdAt());
        optional(g, "serviceAccountRoleArn", a.serviceAccountRoleArn());
        tags(g, Map.of());
        strings(g, "podIdentityAssociations", a.podIdentityAssociationArns());
        g.writeEndObject();
    }

    static void fargateProfile(JsonGenerator g, FargateProfile f, EksCluster cluster, ClusterInfrastructure infra) throws IOException {
        g.writeStartObject();
        g.writeStringField("fargateProfileName", f.name());
        g.writeStringField("fargateProfileArn", f.arn());
        g.writeStringField("clusterName", f.clusterName());
        // Not part of the domain record: derived from the ARN so it stays the same on every call.
        timestamp(g, "createdAt", cluster.createdAt().plus(Duration.ofMinutes(Math.floorMod(f.arn().hashCode(), 40_000))));
        g.writeStringField("podExecutionRoleArn", f.podExecutionRoleArn());
        strings(g, "subnets", infra.subnetIds());
        g.writeArrayFieldStart("selectors");
        for (FargateProfile.Selector s : f.selectors()) {
            g.writeStartObject();
            g.writeStringField("namespace", s.namespace());
            if (!s.labels().isEmpty()) {
                tags(g, "labels", s.labels());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("status", f.status());
        tags(g, Map.of());
        health(g, List.of());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void tags(JsonGenerator g, Map<String, String> tags) throws IOException {
        tags(g, "tags", tags);
    }

    private static void tags(JsonGenerator g, String field, Map<String, String> tags) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> t : tags.entrySet()) {
            g.writeStringField(t.getKey(), t.getValue());
        }
        g.writeEndObject();
    }

    private static void health(JsonGenerator g, List<String> issues) throws IOException {
        g.writeObjectFieldStart("health");
        strings(g, "issues", issues);
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
