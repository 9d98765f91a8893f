package dev.eksatlas.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.scan.RegionChoice;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionInputTest {
    @ParameterizedTest(name = "''{0}'' all={1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                              | false | DEFAULT | -
            '  '                           | false | DEFAULT | -
            us-east-1                      | false | LIST    | us-east-1
            'us-east-1, eu-west-1'         | false | LIST    | us-east-1 eu-west-1
            'US-EAST-1  ap-northeast-2,'   | false | LIST    | us-east-1 ap-northeast-2
            'us-east-1,us-east-1'          | false | LIST    | us-east-1
            us-gov-west-1                  | false | LIST    | us-gov-west-1
            cn-north-1                     | false | LIST    | cn-north-1
            'us-east-1, nonsense'          | true  | ALL     | -
            """)
    void readsTheRegionsField(String text, boolean all, String mode, String regions) {
        RegionInput input = RegionInput.parse(text, all);

        assertThat(input.valid()).isTrue();
        if (mode.equals("DEFAULT")) {
            assertThat(input.choice()).isEmpty();
        } else {
            RegionChoice choice = input.choice().orElseThrow();
            assertThat(choice.mode()).isEqualTo(RegionChoice.Mode.valueOf(mode));
            assertThat(choice.regions()).isEqualTo(regions == null ? List.of() : Arrays.asList(regions.split(" ")));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'us-east-1, eu-west1'   | eu-west1
            useast1                 | useast1
            'us-east-1; eu-west-1'  | us-east-1;
            eu-west-1a              | eu-west-1a
            """)
    void namesTheFirstEntryThatIsNotARegion(String text, String invalid) {
        RegionInput input = RegionInput.parse(text, false);

        assertThat(input.valid()).isFalse();
        assertThat(input.invalid()).isEqualTo(invalid);
        assertThat(input.choice()).isEmpty();
    }
}
