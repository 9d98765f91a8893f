package dev.eksatlas.scan;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.eksatlas.scan.profiles.ProfileCatalog;
import dev.eksatlas.scan.profiles.SsoLoginAdvice;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Resolves profiles with the SDK's own credential providers. Assume-role profiles with a
 * {@code source_profile} are chained here with the SDK's {@link StsAssumeRoleCredentialsProvider},
 * so that each hop's STS client honours that profile's region and {@code endpoint_url} (the
 * simulator's profiles use it). Credentials live only inside the providers, in memory.
 */
public final class SdkProfileResolver implements ProfileResolver, AutoCloseable {
    private static final String SESSION_NAME = "eks-identity-atlas";
    private final Supplier<ProfileFile> files;
    private final ProfileCatalog catalog;
    private final List<AutoCloseable> owned = new ArrayList<>();

    public SdkProfileResolver(Supplier<ProfileFile> files) {
        this(files, null);
    }

    private SdkProfileResolver(Supplier<ProfileFile> files, ProfileCatalog catalog) {
        this.files = files;
        this.catalog = catalog;
    }

    /**
     * Profiles from the app's own reading of the files: the SDK sees only the well-formed sections,
     * so one malformed line never makes every profile unusable.
     */
    public static SdkProfileResolver of(ProfileCatalog catalog) {
        return new SdkProfileResolver(catalog::sdkProfileFile, catalog);
    }

    @Override
    public String explain(String profileName, RuntimeException failure) {
        if (catalog != null) {
            var sso = SsoLoginAdvice.forFailure(catalog, profileName, failure);
            if (sso.isPresent()) {
                return sso.get().message();
            }
        }
        return ProfileResolver.super.explain(profileName, failure);
    }

    @Override
    public synchronized ResolvedProfile resolve(String name) {
        return resolve(files.get(), name, new ArrayList<>());
    }

    private ResolvedProfile resolve(ProfileFile file, String name, List<String> chain) {
        if (chain.contains(name)) {
            chain.add(name);
            throw new ProfileException("Circular relationship detected with profiles " + String.join(" -> ", chain));
        }
        chain.add(name);
        Profile profile = file.profile(name).orElseThrow(() -> new ProfileException(missing(name)));
        String region = property(profile, "region").orElse(null);
        URI endpoint = property(profile, "endpoint_url").map(URI::create).orElse(null);
        Optional<String> roleArn = property(profile, "role_arn");
        Optional<String> source = property(profile, "source_profile");
        if (roleArn.isPresent() && source.isPresent() && property(profile, "web_identity_token_file").isEmpty()) {
            ResolvedProfile from = resolve(file, source.get(), chain);
            String stsRegion = region != null ? region : from.region() != null ? from.region() : Regions.FALLBACK;
            URI stsEndpoint = endpoint != null ? endpoint : from.endpoint();
            return new ResolvedProfile(name, assumeRole(from.credentials(), roleArn.get(), property(profile, "external_id"),
                    stsRegion, stsEndpoint, file), region != null ? region : from.region(), stsEndpoint, file);
        }
        AwsCredentialsProvider provider = ProfileCredentialsProvider.builder().profileFile(file).profileName(name).build();
        owned.add((AutoCloseable) provider);
        return new ResolvedProfile(name, provider, region, endpoint, file);
    }

    private String missing(String name) {
        if (catalog != null) {
            var problems = catalog.find(name).map(p -> p.problems()).orElse(List.of());
            if (!problems.isEmpty()) {
                return "Profile '" + name + "' cannot be used: " + problems.getFirst().describe();
            }
            return "There is no profile named '" + name + "' in " + catalog.locations().configFile() + " or "
                    + catalog.locations().credentialsFile() + ".";
        }
        return "There is no profile named '" + name + "' in the AWS config or credentials file.";
    }

    private AwsCredentialsProvider assumeRole(AwsCredentialsProvider source, String roleArn, Optional<String> externalId,
            String region, URI endpoint, ProfileFile file) {
        var sts = StsClient.builder().region(Region.of(region)).credentialsProvider(source)
                .overrideConfiguration(o -> o.defaultProfileFile(file));
        if (endpoint != null) {
            sts.endpointOverride(endpoint);
        }
        StsClient client = sts.build();
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(client)
                .refreshRequest(r -> {
                    r.roleArn(roleArn).roleSessionName(SESSION_NAME);
                    externalId.ifPresent(r::externalId);
                })
                .build();
        owned.add(provider);
        owned.add(client);
        return provider;
    }

    private static Optional<String> property(Profile p, String key) {
        return p.property(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                // Closing is best effort: a provider that fails to close holds nothing worth keeping.
            }
        }
        owned.clear();
    }
}
