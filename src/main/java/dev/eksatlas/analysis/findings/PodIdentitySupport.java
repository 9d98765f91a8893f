package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingText;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a cluster's Kubernetes and platform versions support EKS Pod Identity: 1.24 or later at
 * a minimum platform version (1.24 eks.13, 1.25 eks.10, 1.26 eks.9, 1.27 eks.8, 1.28 eks.4; 1.29
 * and later at any platform version). {@code reasonText} is {@code reason} with its message key.
 */
public record PodIdentitySupport(Status status, String minimumPlatformVersion, String reason, FindingText reasonText) {

    public enum Status {
        SUPPORTED, UNSUPPORTED, UNKNOWN
    }

    private static final Map<Integer, Integer> MINIMUM_PLATFORM = Map.of(24, 13, 25, 10, 26, 9, 27, 8, 28, 4);
    private static final Pattern VERSION = Pattern.compile("^v?1\\.(\\d+)(\\..*)?$");
    private static final Pattern PLATFORM = Pattern.compile("^eks\\.(\\d+)$");

    public static PodIdentitySupport of(String version, String platformVersion) {
        Matcher v = VERSION.matcher(version == null ? "" : version.strip());
        if (!v.matches()) {
            return of(Status.UNKNOWN, null, FindingText.of("Kubernetes version '" + version + "' is not readable",
                    "finding.text.version.unreadable", version));
        }
        int minor = Integer.parseInt(v.group(1));
        if (minor < 24) {
            return of(Status.UNSUPPORTED, null, FindingText.of("Kubernetes 1." + minor + " is older than 1.24", "finding.text.version.old",
                    "1." + minor));
        }
        Integer minimum = MINIMUM_PLATFORM.get(minor);
        if (minimum == null) {
            return of(Status.SUPPORTED, null, FindingText.of("Kubernetes 1." + minor + " supports Pod Identity on every platform version",
                    "finding.text.version.anyPlatform", "1." + minor));
        }
        String min = "eks." + minimum;
        Matcher p = PLATFORM.matcher(platformVersion == null ? "" : platformVersion.strip());
        if (!p.matches()) {
            return of(Status.UNKNOWN, min, FindingText.of("platform version '" + platformVersion + "' is not readable",
                    "finding.text.version.platformUnreadable", platformVersion));
        }
        int platform = Integer.parseInt(p.group(1));
        return platform >= minimum
                ? of(Status.SUPPORTED, min, FindingText.of("1." + minor + " " + platformVersion + " is at or above " + min,
                        "finding.text.version.atOrAbove", "1." + minor, platformVersion, min))
                : of(Status.UNSUPPORTED, min, FindingText.of("1." + minor + " " + platformVersion + " is below the minimum " + min,
                        "finding.text.version.below", "1." + minor, platformVersion, min));
    }

    private static PodIdentitySupport of(Status status, String minimumPlatformVersion, FindingText reason) {
        return new PodIdentitySupport(status, minimumPlatformVersion, reason.english(), reason);
    }

    public boolean supported() {
        return status == Status.SUPPORTED;
    }
}
