package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.List;

/** A cluster while the generator fills it: its record, plan, issuer, and links made along the way. */
final class ClusterDraft {
    final AccountBuilder account;
    final EksCluster cluster;
    final ClusterTraits traits;
    final String issuerHostPath;
    final String providerArn;
    final List<String> irsaNamespaces = new ArrayList<>();
    String vpcCniRoleArn;
    String vpcCniAddonArn;
    final List<String> vpcCniAssociationArns = new ArrayList<>();
    int migratingSlots;
    private final List<Workload> names;
    private int nextName;

    ClusterDraft(AccountBuilder account, EksCluster cluster, ClusterTraits traits, List<Workload> names) {
        this.names = names;
        this.account = account;
        this.cluster = cluster;
        this.traits = traits;
        this.issuerHostPath = cluster.issuerHostPath();
        this.providerArn = "arn:aws:iam::" + account.id + ":oidc-provider/" + issuerHostPath;
    }

    /** The next service account of this cluster not used yet (numbered once the team pool runs out). */
    Workload nextWorkload() {
        Workload w = names.get(nextName % names.size());
        int round = nextName++ / names.size();
        return round == 0 ? w : new Workload(w.namespace(), w.serviceAccount() + "-" + (round + 1));
    }

    String name() {
        return cluster.name();
    }

    String region() {
        return cluster.region();
    }

    String arn() {
        return cluster.arn();
    }
}
