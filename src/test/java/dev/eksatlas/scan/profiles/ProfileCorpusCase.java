package dev.eksatlas.scan.profiles;

import dev.eksatlas.reliability.CaseResult;
import dev.eksatlas.reliability.Tally;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated AWS config and credentials files with one kind of damage each (unterminated section,
 * duplicate profile, source-profile cycle, bad keys, binary junk, a file over the size cap) at a
 * random place between five good profiles. Every try: no exception, every problem names its file
 * (and line, unless the whole file is refused), and the five good profiles still resolve.
 */
public final class ProfileCorpusCase {
    private static final int GOOD = 5;
    private static final List<String> KINDS = List.of("unterminated section", "duplicate profile", "source-profile cycle",
            "bad keys", "binary junk", "file over the size cap");

    public CaseResult run(int tries, long seed) throws IOException {
        Tally tally = new Tally("Malformed AWS config/credentials files");
        Path root = Files.createTempDirectory("atlas-profiles");
        for (int i = 0; i < tries; i++) {
            Path folder = Files.createDirectory(root.resolve("try-" + i));
            String kind = KINDS.get(i % KINDS.size());
            try {
                tally.check(tryOnce(folder, kind, new SplittableRandom(seed + i)));
            } catch (RuntimeException e) {
                tally.lost(kind + " (seed " + (seed + i) + "): " + e);
            }
        }
        return tally.result(String.join(", ", KINDS) + "; problem names file and line, 5 good profiles still resolve");
    }

    private static String tryOnce(Path folder, String kind, SplittableRandom random) throws IOException {
        List<String> configSections = new ArrayList<>();
        List<byte[]> credentialSections = new ArrayList<>();
        for (int g = 0; g < GOOD; g++) {
            configSections.add("[profile good-" + g + "]\nregion = eu-west-1\n");
            credentialSections.add(("[good-" + g + "]\naws_access_key_id = AKIAGOOD" + g + "EXAMPLE0000\naws_secret_access_key = s" + g + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        int at = random.nextInt(GOOD + 1);
        switch (kind) {
            case "unterminated section" -> configSections.add(at, "[profile broken\nregion = us-east-1\n");
            case "duplicate profile" -> {
                configSections.add(at, "[profile twice]\nregion = us-east-1\n");
                configSections.add(random.nextInt(configSections.size() + 1), "[profile twice]\nregion = us-west-2\n");
            }
            case "source-profile cycle" -> configSections.add(at, "[profile a]\nrole_arn = arn:aws:iam::111122223333:role/x\nsource_profile = b\n"
                    + "[profile b]\nrole_arn = arn:aws:iam::111122223333:role/y\nsource_profile = a\n");
            case "bad keys" -> configSections.add(at, "[profile odd]\nregion = us-east-1\nnot a key! = 1\njust words\n= value\n");
            case "binary junk" -> {
                byte[] junk = new byte[64 + random.nextInt(512)];
                random.nextBytes(junk);
                byte[] framed = new byte[junk.length + 1];
                System.arraycopy(junk, 0, framed, 0, junk.length);
                framed[junk.length] = '\n';
                credentialSections.add(at, framed);
            }
            default -> configSections.add(at, "# " + "x".repeat(1100 * 1024) + "\n");
        }
        Path config = Files.writeString(folder.resolve("config"), String.join("\n", configSections), StandardCharsets.UTF_8);
        Path credentials = folder.resolve("credentials");
        try (var out = Files.newOutputStream(credentials)) {
            for (byte[] section : credentialSections) {
                out.write(section);
                out.write('\n');
            }
        }
        ProfileCatalog catalog = ProfileCatalog.load(new ProfileLocations(config, credentials, "default"));
        if (catalog.problems().isEmpty()) {
            return kind + ": no problem reported";
        }
        for (ProfileProblem p : catalog.problems()) {
            boolean namesFile = p.file().equals(config) || p.file().equals(credentials);
            boolean wholeFile = kind.equals("file over the size cap");
            if (!namesFile || !p.describe().startsWith(p.file().toString()) || (!wholeFile && p.line() < 1)) {
                return kind + ": problem without its file and line: " + p.describe();
            }
        }
        for (int g = 0; g < GOOD; g++) {
            String name = "good-" + g;
            if (catalog.find(name).isEmpty()) {
                return kind + ": good profile " + name + " lost; problems " + catalog.problems();
            }
            if (!TestProfiles.resolve(catalog, name).accessKeyId().equals("AKIAGOOD" + g + "EXAMPLE0000")) {
                return kind + ": good profile " + name + " resolves to other keys";
            }
        }
        return null;
    }
}
