package dev.eksatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final String HOME = "/home/ana";

    @Test
    void optionWinsOverEnvironment() {
        Path p = DataDirectory.resolve(Path.of("/tmp/inv"), Map.of("EKS_ATLAS_HOME", "/srv/atlas"), "Linux", HOME);
        assertThat(p).isEqualTo(Path.of("/tmp/inv"));
    }

    @Test
    void environmentVariableWinsOverOsDefault() {
        Path p = DataDirectory.resolve(null, Map.of("EKS_ATLAS_HOME", "/srv/atlas"), "Linux", HOME);
        assertThat(p).isEqualTo(Path.of("/srv/atlas"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/x"), "Linux", HOME))
                .isEqualTo(Path.of("/data/x/eks-atlas"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of(HOME, ".local/share/eks-atlas"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local/share/eks-atlas"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "EKS Identity Atlas"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming", "EKS Identity Atlas"));
    }
}
