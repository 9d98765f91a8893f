package dev.eksatlas.scan.profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The profiles of the shared AWS config and credentials files, read once, the way the AWS SDK for
 * Java v2 reads them, but never failing: each problem is reported with its file and line and all
 * well-formed profiles stay usable. Holds no secret in its public values; the SDK gets the
 * accepted content through {@link #sdkProfileFile()}.
 */
public final class ProfileCatalog {
    private static final Comparator<AwsProfile> BY_NAME =
            Comparator.comparing(AwsProfile::name, String.CASE_INSENSITIVE_ORDER).thenComparing(AwsProfile::name);

    private final ProfileLocations locations;
    private final List<AwsProfile> profiles;
    private final Map<String, AwsProfile> byName;
    private final List<ProfileProblem> problems;
    private final ProfileFile sdkProfileFile;

    private ProfileCatalog(ProfileLocations locations, List<AwsProfile> profiles, List<ProfileProblem> problems, ProfileFile sdkProfileFile) {
        this.locations = locations;
        this.profiles = profiles.stream().sorted(BY_NAME).toList();
        this.byName = profiles.stream().collect(Collectors.toUnmodifiableMap(AwsProfile::name, Function.identity()));
        this.problems = problems;
        this.sdkProfileFile = sdkProfileFile;
    }

    /** Reads both files; files that do not exist are empty. Never throws for the files' content. */
    public static ProfileCatalog load(ProfileLocations locations) {
        return load(locations, ProfileTextReader.DEFAULT_MAX_BYTES);
    }

    static ProfileCatalog load(ProfileLocations locations, long maxBytes) {
        ProfileTextReader reader = new ProfileTextReader(maxBytes);
        ParsedFile credentials = parse(reader, new ProblemLog(locations.credentialsFile()), ProfileFileType.CREDENTIALS);
        ParsedFile config = parse(reader, new ProblemLog(locations.configFile()), ProfileFileType.CONFIG);
        ProfileSet set = ProfileSet.merge(credentials, config);

        List<ProfileProblem> fileProblems = new ArrayList<>(credentials.problems());
        fileProblems.addAll(config.problems());
        List<AwsProfile> profiles = set.profiles().values().stream()
                .map(profile -> AwsProfiles.describe(profile, set, fileProblems))
                .toList();

        List<ProfileProblem> all = new ArrayList<>(fileProblems);
        profiles.forEach(profile -> all.addAll(profile.problems()));
        String defaultName = locations.defaultProfileName();
        if (!defaultName.equals("default") && !set.profiles().containsKey(defaultName)) {
            all.add(new ProfileProblem(locations.configFile(), 0,
                    "AWS_PROFILE (or aws.profile) names '" + defaultName + "', which is not a profile in either file"));
        }
        List<ProfileProblem> problems = all.stream().distinct().sorted(ProfileProblem.IN_FILE_ORDER).toList();
        return new ProfileCatalog(locations, profiles, problems, SdkProfileFiles.of(credentials, config));
    }

    private static ParsedFile parse(ProfileTextReader reader, ProblemLog log, ProfileFileType type) {
        List<String> lines = reader.read(log);
        return new ProfileFileParser(type, log).parse(lines);
    }

    /** All profiles, sorted by name. */
    public List<AwsProfile> profiles() {
        return profiles;
    }

    public Optional<AwsProfile> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** {@code AWS_PROFILE} / {@code aws.profile}, else {@code default}; it need not exist. */
    public String defaultProfileName() {
        return locations.defaultProfileName();
    }

    /** Every problem in both files and in the profiles, in file and line order. */
    public List<ProfileProblem> problems() {
        return problems;
    }

    public ProfileLocations locations() {
        return locations;
    }

    /**
     * The accepted content of both files for the SDK's own providers, e.g.
     * {@code ProfileCredentialsProvider.builder().profileFile(catalog.sdkProfileFile()).profileName(name)}.
     * Give the same file to clients ({@code ClientOverrideConfiguration.defaultProfileFile}) so that their
     * region and {@code endpoint_url} come from it too. Only for {@code dev.eksatlas.scan}: it holds secrets.
     */
    public ProfileFile sdkProfileFile() {
        return sdkProfileFile;
    }

    @Override
    public String toString() {
        return "ProfileCatalog[" + profiles.size() + " profiles, " + problems.size() + " problems, " + locations + "]";
    }
}
