package dev.eksatlas.scan;

/** ARN parts: {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
final class Arns {
    private Arns() {
    }

    static String partition(String arn) {
        if (arn == null) {
            return "aws";
        }
        String[] parts = arn.split(":", 3);
        return parts.length >= 2 && !parts[1].isEmpty() ? parts[1] : "aws";
    }
}
