package dev.eksatlas.scan;

import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Plain words, with the fix, for a profile whose credentials or identity could not be obtained. */
final class CredentialAdvice {
    private CredentialAdvice() {
    }

    static String explain(String profile, SdkException e) {
        String all = causeMessages(e).toLowerCase(Locale.ROOT);
        if (all.contains("sso session") || all.contains("unable to load sso token") || all.contains("token is expired")
                || all.contains("sso token")) {
            return "The SSO session of profile '" + profile + "' has expired or was never started. Run: aws sso login --profile "
                    + profile;
        }
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            String code = String.valueOf(s.awsErrorDetails().errorCode());
            return switch (code) {
                case "ExpiredToken", "ExpiredTokenException" -> "The session credentials of profile '" + profile
                        + "' have expired. Refresh them (for example with your credential tool) and scan again.";
                case "InvalidClientTokenId", "UnrecognizedClientException", "SignatureDoesNotMatch" -> "AWS rejected the access key of profile '"
                        + profile + "' (" + code + "): check the key in the credentials file.";
                case "AccessDenied", "AccessDeniedException" -> "Profile '" + profile
                        + "' is not allowed to call sts:GetCallerIdentity: " + s.awsErrorDetails().errorMessage();
                default -> "Profile '" + profile + "' could not identify its account (" + code + "): " + s.awsErrorDetails().errorMessage();
            };
        }
        return "Profile '" + profile + "' could not identify its account: " + firstLine(e.getMessage());
    }

    private static String causeMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
