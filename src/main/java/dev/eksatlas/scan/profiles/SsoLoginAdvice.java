package dev.eksatlas.scan.profiles;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sso.auth.ExpiredTokenException;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;

/**
 * What to tell the user when a profile's credentials fail because its AWS IAM Identity Center
 * (SSO) sign-in has expired or was never done. The SDK only reads the token cache
 * ({@code ~/.aws/sso/cache}); the fix is always to sign in again with the AWS CLI.
 *
 * @param profileName the profile whose credentials failed
 * @param loginProfileName the SSO profile to sign in with: the profile itself, or the SSO profile
 *                         at the end of its {@code source_profile} chain
 * @param message the advice in plain words, ending with the command
 */
public record SsoLoginAdvice(String profileName, String loginProfileName, String message) {

    /** Messages of the SDK's SSO token providers ({@code SsoAccessTokenProvider}, {@code SsoOidcTokenProvider}). */
    private static final List<String> TOKEN_MESSAGES = List.of(
            "Unable to load SSO token",
            "Token is expired",
            "The SSO session associated with this profile has expired or is otherwise invalid");

    /** The command that fixes it: {@code aws sso login --profile NAME}. */
    public String command() {
        return command(loginProfileName);
    }

    /** Advice when {@code failure} (or any of its causes) is an expired or missing SSO sign-in; else empty. */
    public static Optional<SsoLoginAdvice> forFailure(ProfileCatalog catalog, String profileName, Throwable failure) {
        if (!isSsoSignInFailure(failure)) {
            return Optional.empty();
        }
        String login = ssoProfileBehind(catalog, profileName);
        String message = login.equals(profileName)
                ? "The AWS SSO sign-in for profile '" + profileName + "' has expired or was never done. Sign in again with: " + command(login)
                : "Profile '" + profileName + "' gets its credentials through the SSO profile '" + login
                        + "', whose sign-in has expired or was never done. Sign in again with: " + command(login);
        return Optional.of(new SsoLoginAdvice(profileName, login, message));
    }

    private static String command(String profileName) {
        return "aws sso login --profile " + profileName;
    }

    static boolean isSsoSignInFailure(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ExpiredTokenException || cause instanceof UnauthorizedException) {
                return true;
            }
            String text = cause.getMessage();
            if (cause instanceof SdkClientException && text != null && TOKEN_MESSAGES.stream().anyMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Follows {@code source_profile} from an assume-role profile to the SSO profile that signs in. */
    private static String ssoProfileBehind(ProfileCatalog catalog, String profileName) {
        Set<String> visited = new HashSet<>();
        Optional<AwsProfile> current = catalog.find(profileName);
        while (current.isPresent() && visited.add(current.get().name())) {
            AwsProfile profile = current.get();
            if (profile.kind() == ProfileKind.SSO_SESSION || profile.kind() == ProfileKind.SSO_LEGACY) {
                return profile.name();
            }
            if (profile.kind() != ProfileKind.ASSUME_ROLE_SOURCE_PROFILE || profile.sourceProfile() == null) {
                break;
            }
            current = catalog.find(profile.sourceProfile());
        }
        return profileName;
    }
}
