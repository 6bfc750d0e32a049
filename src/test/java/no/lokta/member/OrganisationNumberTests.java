package no.lokta.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"983974899", "970422528", "974760673"})
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(OrganisationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"983974898", "97042252", "9704225280", "97042252a", "", "         ", "-83974899"})
    void refusesWrongCheckDigitLengthOrCharacters(String number) {
        assertThat(OrganisationNumber.isValid(number)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // weights 3,2,7,6,5,4,3,2 over 00000001 give 2; 11 - 2 % 11 = 9: the pattern below gives 10
        int found = 0;
        for (int i = 0; i < 10_000 && found == 0; i++) {
            String body = String.format("%08d", i);
            int sum = 0;
            int[] w = {3, 2, 7, 6, 5, 4, 3, 2};
            for (int k = 0; k < 8; k++) {
                sum += (body.charAt(k) - '0') * w[k];
            }
            if (11 - sum % 11 == 10) {
                found++;
                for (int d = 0; d <= 9; d++) {
                    assertThat(OrganisationNumber.isValid(body + d)).isFalse();
                }
            }
        }
        assertThat(found).isEqualTo(1);
    }
}
