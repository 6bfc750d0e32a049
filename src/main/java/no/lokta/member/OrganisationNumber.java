package no.lokta.member;

/** The Norwegian organisasjonsnummer: nine digits, the last a modulus-11 check digit. */
public final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {}

    public static boolean isValid(String number) {
        if (number.length() != 9 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == number.charAt(8) - '0';
    }
}
