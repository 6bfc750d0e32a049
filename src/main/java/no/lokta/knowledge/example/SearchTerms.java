package no.lokta.knowledge.example;

/**
 * Turns what {@code websearch_to_tsquery('norwegian', ...)} made of the words typed into a query
 * that also finds longer forms of each word. The Norwegian stemmer keeps the doubled consonant of a
 * definite form ("sykehjemmet" gives {@code sykehjemm}, "sykehjem" gives {@code sykehjem}), so each
 * word is matched as a prefix, with a doubled last consonant made single: "sykehjem" then finds
 * "sykehjemmet" and "sykehjemmene", and the reverse holds too. Prefixes also find compounds
 * ("legevakt" finds "legevaktsamarbeid").
 */
final class SearchTerms {

    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    private SearchTerms() {}

    /** The tsquery text with every lexeme as a prefix; operators and grouping stay as they were. */
    static String prefixed(String tsquery) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tsquery.length()) {
            char c = tsquery.charAt(i);
            if (c != '\'') {
                out.append(c);
                i++;
                continue;
            }
            StringBuilder lexeme = new StringBuilder();
            i++;
            while (i < tsquery.length()) {
                char d = tsquery.charAt(i);
                if (d == '\'' && i + 1 < tsquery.length() && tsquery.charAt(i + 1) == '\'') {
                    lexeme.append("''");
                    i += 2;
                } else if (d == '\'') {
                    i++;
                    break;
                } else {
                    lexeme.append(d);
                    i++;
                }
            }
            out.append('\'').append(shortened(lexeme.toString())).append("':*");
            // a weight or prefix mark the query already had would follow here: keep only ours
            if (i < tsquery.length() && tsquery.charAt(i) == ':') {
                i++;
                while (i < tsquery.length() && "*ABCD".indexOf(tsquery.charAt(i)) >= 0) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** A lexeme of five letters or more ending in a doubled consonant loses one of the two. */
    static String shortened(String lexeme) {
        int n = lexeme.length();
        if (n >= 5) {
            char last = lexeme.charAt(n - 1);
            if (last == lexeme.charAt(n - 2) && CONSONANTS.indexOf(last) >= 0) {
                return lexeme.substring(0, n - 1);
            }
        }
        return lexeme;
    }
}
