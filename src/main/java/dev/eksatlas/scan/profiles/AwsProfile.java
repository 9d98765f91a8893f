package dev.eksatlas.scan.profiles;

import java.util.List;
import java.util.Objects;

/**
 * One named profile as the SDK will see it, with the credentials file and the config file merged.
 * It holds no secret: only whether keys are present and a masked access key ID
 * ({@code AKIA…MPLE}); the SDK reads the real values itself. Nullable fields are null when the
 * profile does not set them. {@code problems} are the ones that concern this profile, from both
 * files, in file and line order.
 */
public record AwsProfile(
        String name,
        ProfileKind kind,
        String region,
        String endpointUrl,
        String roleArn,
        String sourceProfile,
        String credentialSource,
        String ssoSession,
        String ssoAccountId,
        String ssoRoleName,
        boolean hasStaticKeys,
        String maskedAccessKeyId,
        List<ProfileProblem> problems) {

    public AwsProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        problems = List.copyOf(problems);
    }
}
