package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.FargateProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cluster's EKS add-ons and Fargate profiles, made once its workloads are known (the VPC CNI add-on
 * points at its IRSA role or owns its Pod Identity association; Fargate selects IRSA namespaces).
 * Auto Mode clusters have no add-ons: networking, DNS and the Pod Identity agent are built in.
 */
final class ClusterAttachments {
    private static final List<String> VPC_CNI = List.of("v1.18.6-eksbuild.1", "v1.19.2-eksbuild.5", "v1.19.5-eksbuild.3", "v1.20.1-eksbuild.1");
    private static final List<String> VPC_CNI_OLD = List.of("v1.7.5-eksbuild.2", "v1.7.10-eksbuild.1");
    private static final List<String> COREDNS = List.of("v1.10.1-eksbuild.18", "v1.11.3-eksbuild.2", "v1.11.4-eksbuild.14", "v1.12.1-eksbuild.2");
    private static final List<String> COREDNS_OLD = List.of("v1.8.3-eksbuild.1", "v1.8.0-eksbuild.1");
    private static final List<String> AGENT = List.of("v1.3.4-eksbuild.1", "v1.3.5-eksbuild.2", "v1.3.7-eksbuild.2", "v1.3.8-eksbuild.2");

    private final Ids ids;
    private final WorkloadGenerator workloads;

    ClusterAttachments(Ids ids, WorkloadGenerator workloads) {
        this.ids = ids;
        this.workloads = workloads;
    }

    void attach(ClusterDraft c) {
        if (!c.traits.autoMode()) {
            addAddons(c);
        }
        for (int i = 0; i < c.traits.fargateProfiles(); i++) {
            addFargateProfile(c, i);
        }
    }

    private void addAddons(ClusterDraft c) {
        List<EksAddon> made = new ArrayList<>();
        if (c.traits.agent() != null) {
            made.add(addon(c, "eks-pod-identity-agent", ids.pick(AGENT), c.traits.agent(), null, null, List.of()));
        }
        if (ids.chance(0.3)) {
            made.add(addon(c, "aws-ebs-csi-driver", "v1.37.0-eksbuild.1", "ACTIVE", null, null, List.of()));
        }
        EksAddon dns = addon(c, "coredns", ids.pick(c.traits.oldCoreDns() ? COREDNS_OLD : COREDNS), "ACTIVE", null, null, List.of());
        made.add(dns);
        made.add(addon(c, "kube-proxy", "v" + c.traits.version() + "." + ids.between(1, 12) + "-eksbuild." + ids.between(1, 9),
                "ACTIVE", null, null, List.of()));
        EksAddon cni = addon(c, "vpc-cni", ids.pick(c.traits.oldVpcCni() ? VPC_CNI_OLD : VPC_CNI), "ACTIVE",
                c.vpcCniRoleArn, c.vpcCniAddonArn, c.vpcCniAssociationArns);
        made.add(cni);
        if (c.traits.oldVpcCni()) {
            c.account.oldAddons.add(cni);
        }
        if (c.traits.oldCoreDns()) {
            c.account.oldAddons.add(dns);
        }
        made.sort(java.util.Comparator.comparing(EksAddon::name));
        c.account.addons.addAll(made);
    }

    private EksAddon addon(ClusterDraft c, String name, String version, String status, String irsaRole, String arn, List<String> associations) {
        String addonArn = arn != null ? arn : workloads.addonArn(c, name);
        return new EksAddon(c.account.id, c.region(), c.name(), name, addonArn, version, status, irsaRole, associations,
                ids.between(c.cluster.createdAt(), ids.now()));
    }

    private void addFargateProfile(ClusterDraft c, int i) {
        AccountBuilder a = c.account;
        List<String> irsaNamespaces = c.irsaNamespaces.stream().distinct().toList();
        String namespace = i < irsaNamespaces.size() ? irsaNamespaces.get(i) : "batch-" + (i + 1);
        String roleName = c.name() + "-fargate-pod-execution";
        String role = a.hasRole(roleName) ? a.roles.get(roleName).arn()
                : a.addRole(roleName, "/", List.of(TrustPolicies.service("eks-fargate-pods.amazonaws.com", false)), Map.of("eks-cluster", c.name()));
        String name = "fp-" + namespace;
        List<FargateProfile.Selector> selectors = new ArrayList<>();
        selectors.add(new FargateProfile.Selector(namespace, ids.chance(0.4) ? Map.of("compute", "fargate") : Map.of()));
        if (ids.chance(0.3)) {
            selectors.add(new FargateProfile.Selector("kube-system", Map.of("k8s-app", "kube-dns")));
        }
        a.fargateProfiles.add(new FargateProfile(a.id, c.region(), c.name(), name,
                "arn:aws:eks:" + c.region() + ":" + a.id + ":fargateprofile/" + c.name() + "/" + name + "/" + ids.uuid(),
                "ACTIVE", role, selectors));
    }
}
