package dev.eksatlas.analysis.comparison;

import java.util.List;

/**
 * Pod Identity works on Linux EC2 nodes of EKS only (not Fargate, Windows, Outposts); IRSA works
 * everywhere, including Fargate. Node types other than Fargate are not scanned.
 *
 * @param fargateProfiles        Fargate profiles of the cluster
 * @param fargateNamespaces      namespaces (as selectors write them) those profiles select
 * @param associationsOnFargate  associations whose namespace a Fargate profile selects
 * @param autoMode               the cluster runs in EKS Auto Mode
 */
public record SupportedEnvironmentsRow(int fargateProfiles, List<String> fargateNamespaces, int associationsOnFargate, boolean autoMode)
        implements ComparisonRow {

    public SupportedEnvironmentsRow {
        fargateNamespaces = List.copyOf(fargateNamespaces);
    }

    @Override
    public RowKey key() {
        return RowKey.SUPPORTED_ENVIRONMENTS;
    }

    @Override
    public String irsaFact() {
        return "Works on EC2 nodes and Fargate" + (fargateProfiles == 0 ? "" : " (" + Texts.count(fargateProfiles, "Fargate profile", "Fargate profiles") + ")");
    }

    @Override
    public String podIdentityFact() {
        String base = "Linux EC2 nodes only" + (autoMode ? " (Auto Mode)" : "");
        if (fargateProfiles == 0) {
            return base + "; no Fargate profiles (Windows nodes and Outposts are not checked)";
        }
        return base + "; pods of namespaces " + String.join(", ", fargateNamespaces) + " run on Fargate and stay on IRSA"
                + (associationsOnFargate == 0 ? "" : "; " + Texts.count(associationsOnFargate, "association gives", "associations give") + " them nothing");
    }

    @Override
    public RowVerdict verdict() {
        return fargateProfiles > 0 ? RowVerdict.FAVOURS_IRSA : RowVerdict.NEUTRAL;
    }

    @Override
    public String verdictText() {
        return fargateProfiles > 0 ? "Fargate pods need IRSA" : "Every pod can use Pod Identity, as far as scanned";
    }
}
