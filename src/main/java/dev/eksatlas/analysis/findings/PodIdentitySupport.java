package dev.eksatlas.analysis.findings;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a cluster's Kubernetes and platform versions support EKS Pod Identity: 1.24 or later at
 * a minimum platform version (1.24 eks.13, 1.25 eks.10, 1.26 eks.9, 1.27 eks.8, 1.28 eks.4; 1.29
 * and later at any platform version).
 */
public record PodIdentitySupport(Status status, String minimumPlatformVersion, String reason) {

    public enum Status {
        SUPPORTED, UNSUPPORTED, UNKNOWN
    }

    private static final Map<Integer, Integer> MINIMUM_PLATFORM = Map.of(24, 13, 25, 10, 26, 9, 27, 8, 28, 4);
    private static final Pattern VERSION = Pattern.compile("^v?1\\.(\\d+)(\\..*)?$");
    private static final Pattern PLATFORM = Pattern.compile("^eks\\.(\\d+)$");

    public static PodIdentitySupport of(String version, String platformVersion) {
        Matcher v = VERSION.matcher(version == null ? "" : version.strip());
        if (!v.matches()) {
            return new PodIdentitySupport(Status.UNKNOWN, null, "Kubernetes version '" + version + "' is not readable");
        }
        int minor = Integer.parseInt(v.group(1));
        if (minor < 24) {
            return new PodIdentitySupport(Status.UNSUPPORTED, null, "Kubernetes 1." + minor + " is older than 1.24");
        }
        Integer minimum = MINIMUM_PLATFORM.get(minor);
        if (minimum == null) {
            return new PodIdentitySupport(Status.SUPPORTED, null, "Kubernetes 1." + minor + " supports Pod Identity on every platform version");
        }
        String min = "eks." + minimum;
        Matcher p = PLATFORM.matcher(platformVersion == null ? "" : platformVersion.strip());
        if (!p.matches()) {
            return new PodIdentitySupport(Status.UNKNOWN, min, "platform version '" + platformVersion + "' is not readable");
        }
        int platform = Integer.parseInt(p.group(1));
        return platform >= minimum
                ? new PodIdentitySupport(Status.SUPPORTED, min, "1." + minor + " " + platformVersion + " is at or above " + min)
                : new PodIdentitySupport(Status.UNSUPPORTED, min, "1." + minor + " " + platformVersion + " is below the minimum " + min);
    }

    public boolean supported() {
        return status == Status.SUPPORTED;
    }
}
