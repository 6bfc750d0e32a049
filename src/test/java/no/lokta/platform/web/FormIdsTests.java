package no.lokta.platform.web;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.project.funding.ProjectFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Form pages built from the shared field fragments hold each field once: a fragment selector that
 * also matched elements of another fragment would render a field twice, with the same id.
 */
@LoktaTest
class FormIdsTests {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectFixtures fixtures;

    @Test
    void everyIdOnTheFormPagesIsUnique() throws Exception {
        var s = fixtures.create();
        String p = "/projects/" + s.project().id();
        for (String page : List.of(
                "/projects/new",
                p + "/goals/new",
                p + "/funding/lines/new",
                p + "/funding/applications/new",
                "/needs/needs/new",
                "/knowledge/fora/new",
                "/knowledge/consultants/new",
                "/organisations/new")) {
            var result = mvc.get().uri(page).with(as(s.world().coordinator())).exchange();
            assertThat(result).as(page).hasStatusOk();
            String html = result.getResponse().getContentAsString();
            List<String> duplicates = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Matcher m = ID.matcher(html);
            while (m.find()) {
                if (!seen.add(m.group(1))) {
                    duplicates.add(m.group(1));
                }
            }
            assertThat(duplicates).as(page).isEmpty();
        }
    }
}
