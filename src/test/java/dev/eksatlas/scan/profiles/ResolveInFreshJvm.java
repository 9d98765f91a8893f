package dev.eksatlas.scan.profiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Resolves a profile in a new JVM whose {@code HOME} is a test folder. Needed for SSO: the SDK
 * fixes its token cache folder once per JVM, from the first home it sees
 * ({@code SsoProfileCredentialsProviderFactory.TOKEN_DIRECTORY},
 * {@code OnDiskTokenManager.DEFAULT_TOKEN_LOCATION}), so one JVM cannot test two homes.
 */
final class ResolveInFreshJvm {
    /** What the child saw: RESOLVED + key ID, ADVICE + message or FAILED + exception; and the cause chain's classes and messages. */
    record Outcome(String result, String causes) {
    }

    private ResolveInFreshJvm() {
    }

    /** Child side: {@code <config file> <profile>}. */
    public static void main(String[] args) {
        ProfileCatalog catalog = ProfileCatalog.load(new ProfileLocations(Path.of(args[0]), Path.of(args[0] + ".absent"), "default"));
        try {
            System.out.println("RESULT RESOLVED " + TestProfiles.resolve(catalog, args[1]).accessKeyId());
        } catch (RuntimeException e) {
            System.out.println("RESULT " + SsoLoginAdvice.forFailure(catalog, args[1], e)
                    .map(advice -> "ADVICE " + advice.message())
                    .orElse("FAILED " + e));
            StringBuilder causes = new StringBuilder("CAUSES");
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                causes.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            }
            System.out.println(causes);
        }
    }

    /** Parent side. */
    static Outcome run(Path home, Path config, String profile, Map<String, String> systemProperties)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "-Duser.home=" + home, "-Daws.maxAttempts=1"));
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of(ResolveInFreshJvm.class.getName(), config.toString(), profile));
        Path output = Files.createTempFile(home, "child", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("USERPROFILE", home.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        Process process = builder.start();
        if (!process.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish within a minute");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        String result = lineStartingWith(text, "RESULT ");
        if (result == null) {
            throw new IllegalStateException("the child JVM printed no result: " + text);
        }
        String causes = lineStartingWith(text, "CAUSES");
        return new Outcome(result, causes == null ? "" : causes);
    }

    private static String lineStartingWith(String text, String prefix) {
        return text.lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .reduce((first, second) -> second).orElse(null);
    }
}
