package dev.eksatlas.analysis.migration;

/** The exact AWS CLI and kubectl commands of the plans, quoted for a POSIX shell where needed. */
final class Commands {
    private Commands() {
    }

    static String q(String value) {
        return safe(value) ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    private static boolean safe(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_./:@=+,-".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String installAgent(ServiceAccountRef sa) {
        return "aws eks create-addon --cluster-name " + q(sa.clusterName()) + " --addon-name eks-pod-identity-agent --region " + q(sa.region());
    }

    static String describeAgent(ServiceAccountRef sa) {
        return "aws eks describe-addon --cluster-name " + q(sa.clusterName()) + " --addon-name eks-pod-identity-agent --region " + q(sa.region());
    }

    static String updateTrust(String roleName, String file) {
        return "aws iam update-assume-role-policy --role-name " + q(roleName) + " --policy-document file://" + file;
    }

    static String createRole(String roleName, String file) {
        return "aws iam create-role --role-name " + q(roleName) + " --assume-role-policy-document file://" + file;
    }

    static String createAssociation(ServiceAccountRef sa, String roleArn, String targetRoleArn) {
        return "aws eks create-pod-identity-association --cluster-name " + q(sa.clusterName()) + " --namespace " + q(sa.namespace())
                + " --service-account " + q(sa.serviceAccount()) + " --role-arn " + q(roleArn)
                + (targetRoleArn == null ? "" : " --target-role-arn " + q(targetRoleArn)) + " --region " + q(sa.region());
    }

    static String updateAssociation(ServiceAccountRef sa, String associationId, String roleArn) {
        return "aws eks update-pod-identity-association --cluster-name " + q(sa.clusterName()) + " --association-id " + q(associationId)
                + " --role-arn " + q(roleArn) + " --region " + q(sa.region());
    }

    static String switchWorkload(ServiceAccountRef sa) {
        return "kubectl annotate serviceaccount " + q(sa.serviceAccount()) + " -n " + q(sa.namespace()) + " eks.amazonaws.com/role-arn-"
                + " && kubectl rollout restart deployment -n " + q(sa.namespace()) + " <deployment using " + sa.serviceAccount() + ">";
    }

    static String roleName(String roleArn) {
        return roleArn.substring(roleArn.lastIndexOf('/') + 1);
    }
}
