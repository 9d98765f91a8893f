package dev.eksatlas.scan.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Seeded random files, mostly well formed: wherever the SDK reads a file without error, the SDK
 * reading the catalog's sanitised copy sees exactly the same profiles, properties and sections;
 * wherever the SDK gives up on the whole file, the catalog reports at least one problem. The SDK
 * never has a warning to log about the sanitised copy.
 */
class SdkParityTest {
    private static final long SEED = 20261128L;
    private static final int FILES = 1500;
    private static final List<String> NAMES = List.of("default", "dev", "prod", "a.b", "team@x", "corp", "k:v+1");
    private static final List<String> KEYS = List.of("region", "output", "aws_access_key_id", "role_arn", "source_profile", "s3", "eks",
            "endpoint_url", "sso_session");
    private static final List<String> VALUES = List.of("eu-west-1", "a#b", "x=y", "", "arn:aws:iam::1:role/R", "http://127.0.0.1:9");
    private static final List<String> SECTION_TYPES = List.of("profile", "sso-session", "services");

    @TempDir
    Path folder;

    private final WarningCollector sdkWarnings = new WarningCollector();
    private int warningsOnOriginals;

    /** The SDK warns (through SLF4J to java.util.logging) about lines it ignores; the sanitised copy must give it none. */
    private static final class WarningCollector extends Handler {
        final List<String> records = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest
    @EnumSource(ProfileFileType.class)
    void theSdkSeesWhatItWouldHaveSeenInTheOriginal(ProfileFileType type) {
        Logger sdkLog = Logger.getLogger("software.amazon.awssdk.profiles");
        Level level = sdkLog.getLevel();
        boolean parentHandlers = sdkLog.getUseParentHandlers();
        sdkLog.setLevel(Level.ALL);
        sdkLog.setUseParentHandlers(false);
        sdkLog.addHandler(sdkWarnings);
        try {
            SplittableRandom random = new SplittableRandom(SEED + type.ordinal());
            int sdkReadable = 0;
            for (int i = 0; i < FILES; i++) {
                String text = randomFile(random, type);
                sdkReadable += compare(text, type, i) ? 1 : 0;
            }
            assertThat(sdkReadable).as("files the SDK read, of " + FILES).isBetween(FILES / 5, FILES - FILES / 10);
            assertThat(warningsOnOriginals).as("the collector hears the SDK's warnings on the originals").isPositive();
        } finally {
            sdkLog.removeHandler(sdkWarnings);
            sdkLog.setUseParentHandlers(parentHandlers);
            sdkLog.setLevel(level);
        }
    }

    /** True when the SDK could read the original. */
    private boolean compare(String text, ProfileFileType type, int index) {
        Path file = TestProfiles.write(folder.resolve("file"), text);
        Path absent = folder.resolve("absent");
        sdkWarnings.records.clear();
        ProfileCatalog catalog = ProfileCatalog.load(type == ProfileFileType.CONFIG
                ? new ProfileLocations(file, absent, "default") : new ProfileLocations(absent, file, "default"));
        assertThat(sdkWarnings.records).as(describe(index, text, "SDK warnings on the sanitised copy")).isEmpty();
        ProfileFile original;
        try {
            original = ProfileFile.builder().content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                    .type(type == ProfileFileType.CONFIG ? ProfileFile.Type.CONFIGURATION : ProfileFile.Type.CREDENTIALS).build();
            warningsOnOriginals += sdkWarnings.records.size();
        } catch (IllegalArgumentException e) {
            assertThat(catalog.problems()).as(describe(index, text, "the SDK rejected it (" + e.getMessage() + ")")).isNotEmpty();
            return false;
        }
        ProfileFile sanitised = catalog.sdkProfileFile();
        assertThat(contents(sanitised)).as(describe(index, text, "profiles")).isEqualTo(contents(original));
        for (String sectionType : List.of("sso-session", "services")) {
            for (String name : NAMES) {
                assertThat(sanitised.getSection(sectionType, name).map(Profile::properties))
                        .as(describe(index, text, sectionType + " " + name))
                        .isEqualTo(original.getSection(sectionType, name).map(Profile::properties));
            }
        }
        return true;
    }

    private static Map<String, Map<String, String>> contents(ProfileFile file) {
        Map<String, Map<String, String>> contents = new TreeMap<>();
        file.profiles().forEach((name, profile) -> contents.put(name, new TreeMap<>(profile.properties())));
        return contents;
    }

    private static String describe(int index, String text, String what) {
        return "seed " + SEED + ", file " + index + ", " + what + ":\n" + text;
    }

    private static String randomFile(SplittableRandom random, ProfileFileType type) {
        StringBuilder text = new StringBuilder();
        int lines = 1 + random.nextInt(14);
        for (int i = 0; i < lines; i++) {
            text.append(randomLine(random, type, i == 0)).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }

    private static String randomLine(SplittableRandom random, ProfileFileType type, boolean first) {
        int roll = first ? random.nextInt(6) : random.nextInt(100);
        if (roll < 22) {
            return header(random, type);
        }
        if (roll < 62) {
            return pick(random, KEYS) + pick(random, List.of("=", " = ", "\t=  ", " =")) + pick(random, VALUES)
                    + pick(random, List.of("", "", " # note", "\t;note", "#glued", " ;"));
        }
        if (roll < 74) {
            return pick(random, List.of("  ", "\t", " \t")) + pick(random, List.of("word", "max = 20", "endpoint_url = http://x", "# kept"));
        }
        if (roll < 84) {
            return pick(random, List.of("# comment", "; comment", "", "   ", "\t"));
        }
        if (roll < 90) {
            return pick(random, List.of("no equals here", "= value without key", "bad key = v", "[profile unterminated",
                    "[profile x] trailing", "[profile a b]"));
        }
        return pick(random, List.of("[" + pick(random, NAMES) + "]", "[profile " + pick(random, NAMES) + "]", "[default]"));
    }

    private static String header(SplittableRandom random, ProfileFileType type) {
        String name = pick(random, NAMES);
        String inside = type == ProfileFileType.CREDENTIALS ? name
                : name.equals("default") && random.nextBoolean() ? "default" : pick(random, SECTION_TYPES) + pick(random, List.of(" ", "\t", "  ")) + name;
        return "[" + pick(random, List.of("", " ")) + inside + pick(random, List.of("", " ")) + "]" + pick(random, List.of("", "", "# c", " ;c"));
    }

    private static String pick(SplittableRandom random, List<String> choices) {
        if (choices.isEmpty()) {
            fail("nothing to pick");
        }
        return choices.get(random.nextInt(choices.size()));
    }
}
