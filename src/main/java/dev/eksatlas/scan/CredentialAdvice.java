package dev.eksatlas.scan;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Plain words, with the fix, for a profile whose credentials or identity could not be obtained. */
final class CredentialAdvice {
    private CredentialAdvice() {
    }

    static String explain(String profile, RuntimeException e) {
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

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
