package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.ProfileFailure;
import dev.eksatlas.ui.common.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns scan failures into {@link ScanProblem}s: the fix first, the technical text behind "Details", no stack trace. */
final class ScanProblems {
    /** The scan's advice for an expired or missing SSO sign-in ends with this command ({@code SsoLoginAdvice}). */
    private static final Pattern SSO_LOGIN = Pattern.compile("aws sso login --profile (\\S+)");

    private final Messages messages;
    private final String logFolder;

    ScanProblems(Messages messages, String logFolder) {
        this.messages = messages;
        this.logFolder = logFolder;
    }

    ScanProblem of(ProfileFailure failure) {
        String details = messages.get("scan.problem.profileDetails", failure.profile(), failure.message(), logFolder);
        Matcher sso = SSO_LOGIN.matcher(failure.message());
        if (sso.find()) {
            return new ScanProblem(messages.get("scan.problem.sso.title", failure.profile()),
                    messages.get("scan.problem.sso.body", failure.profile(), sso.group(1)), sso.group(), details);
        }
        return new ScanProblem(messages.get("scan.problem.profile.title", failure.profile()), failure.message(), null, details);
    }

    /** A scan that stopped on something nobody planned for. */
    ScanProblem unexpected(Throwable failure) {
        return new ScanProblem(messages.get("scan.problem.unexpected.title"),
                messages.get("scan.problem.unexpected.body", logFolder), null, causes(failure));
    }

    /** Each cause as "Type: message", one a line: what a support person needs, without the frames. */
    static String causes(Throwable failure) {
        List<String> lines = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String text = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
            lines.add((lines.isEmpty() ? "" : "caused by ") + t.getClass().getName() + text);
        }
        return String.join("\n", lines);
    }
}
