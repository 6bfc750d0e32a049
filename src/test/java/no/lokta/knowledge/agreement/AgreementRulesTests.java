package no.lokta.knowledge.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import no.lokta.LoktaTest;
import no.lokta.member.MemberManagement;
import no.lokta.platform.web.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of agreements, sub-agreements and versions, and the states of the coverage matrix on given days. */
@LoktaTest
class AgreementRulesTests {

    @Autowired
    AgreementWorld worlds;

    @Autowired
    AgreementManagement agreements;

    @Autowired
    MemberManagement members;

    private static final LocalDate SIGNED = LocalDate.of(2020, 1, 1);

    @Test
    void eachBadInputIsRefusedAtItsFieldAndChangesNothing() {
        var s = worlds.create();
        var other = worlds.create();
        AgreementSummary kept = worlds.agreement(s, "Avtale UNN og Bardu", s.bardu());
        SubAgreementSummary part = worlds.part(s, kept, 1);
        worlds.version(s, kept, part, 2, SIGNED, LocalDate.of(2024, 1, 1));
        int before = worlds.rows(s.id());

        // no municipality
        refused(
                () -> agreements.create(
                        s.id(), new AgreementCommand("Avtale", s.trust().id(), Set.of(), 60)),
                "municipalityIds",
                "agreement.municipalities.required");
        // a party of the wrong kind, or of another collaboration
        refused(
                () -> agreements.create(
                        s.id(),
                        new AgreementCommand(
                                "Avtale",
                                s.trust().id(),
                                Set.of(s.userOrganisation().id()),
                                60)),
                "municipalityIds",
                "agreement.municipalities.unknown");
        refused(
                () -> agreements.create(
                        s.id(), new AgreementCommand("Avtale", s.trust().id(), Set.of(other.bardu()), 60)),
                "municipalityIds",
                "agreement.municipalities.unknown");
        refused(
                () -> agreements.create(s.id(), new AgreementCommand("Avtale", s.bardu(), Set.of(s.bardu()), 60)),
                "hospitalTrustId",
                "agreement.hospitalTrust.unknown");
        refused(
                () -> agreements.create(
                        s.id(), new AgreementCommand("Avtale", other.trust().id(), Set.of(s.bardu()), 60)),
                "hospitalTrustId",
                "agreement.hospitalTrust.unknown");
        refused(
                () -> agreements.update(
                        s.id(), kept.id(), new AgreementCommand("Ny", s.trust().id(), Set.of(other.bardu()), 60)),
                "municipalityIds",
                "agreement.municipalities.unknown");
        // revision before signed
        refused(
                () -> agreements.addVersion(
                        s.id(), kept.id(), part.id(), new VersionCommand(3, SIGNED, null, SIGNED.minusDays(1), "", "")),
                "revisionDue",
                "agreement.version.revisionBeforeSigned");
        // a duplicate topic in one agreement, also by an edit of another sub-agreement
        refused(
                () -> agreements.addPart(s.id(), kept.id(), new SubAgreementCommand(1, "")),
                "topic",
                "agreement.topic.taken");
        SubAgreementSummary second = worlds.part(s, kept, 2);
        refused(
                () -> agreements.updatePart(s.id(), kept.id(), second.id(), new SubAgreementCommand(1, "")),
                "topic",
                "agreement.topic.taken");
        refused(
                () -> agreements.addPart(s.id(), kept.id(), new SubAgreementCommand(14, "")),
                "topic",
                "agreement.topic.unknown");
        // a version number that does not increase
        for (int number : new int[] {1, 2}) {
            refused(
                    () -> agreements.addVersion(
                            s.id(),
                            kept.id(),
                            part.id(),
                            new VersionCommand(number, SIGNED, null, LocalDate.of(2030, 1, 1), "", "")),
                    "versionNumber",
                    "agreement.version.number.notIncreasing");
        }
        VersionSummary third = worlds.version(s, kept, part, 3, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 1, 1));
        refused(
                () -> agreements.updateVersion(
                        s.id(),
                        kept.id(),
                        part.id(),
                        third.id(),
                        new VersionCommand(2, LocalDate.of(2024, 1, 1), null, LocalDate.of(2028, 1, 1), "", "")),
                "versionNumber",
                "agreement.version.number.notIncreasing");
        // a document that is no web address
        refused(
                () -> new VersionCommand(4, SIGNED, null, LocalDate.of(2030, 1, 1), "", "javascript:alert(1)"),
                "link",
                "agreement.version.link.invalid");

        agreements.deleteVersion(s.id(), kept.id(), part.id(), third.id());
        agreements.deleteVersion(
                s.id(),
                kept.id(),
                second.id(),
                worlds.version(s, kept, second, 1, SIGNED, SIGNED).id());
        agreements.delete(
                s.id(), worlds.agreement(s, "Bare for å slette", s.bardu()).id());
        assertThat(worlds.rows(s.id())).isEqualTo(before + 1);
        assertThat(agreements.agreement(s.id(), kept.id()).title()).isEqualTo("Avtale UNN og Bardu");
        assertThat(agreements.agreement(s.id(), kept.id()).municipalityIds()).containsExactly(s.bardu());
    }

    @Test
    void theMatrixShowsEachStateOnTheDayAsked() {
        var s = worlds.create();
        AgreementSummary agreement = worlds.agreement(s, "Avtale UNN og Bardu", s.bardu());
        SubAgreementSummary split = worlds.part(s, agreement, 1);
        worlds.version(s, agreement, split, 1, SIGNED, LocalDate.of(2024, 1, 1));
        SubAgreementSummary planning = worlds.part(s, agreement, 12);
        worlds.version(s, agreement, planning, 1, LocalDate.of(2021, 6, 1), LocalDate.of(2026, 6, 1));
        SubAgreementSummary drafted = worlds.part(s, agreement, 3);
        agreements.addVersion(
                s.id(),
                agreement.id(),
                drafted.id(),
                new VersionCommand(1, null, null, LocalDate.of(2030, 1, 1), "Utkast", ""));

        // before topics 12 and 13 came into force
        CoverageMatrix before = agreements.matrix(s.id(), LocalDate.of(2022, 7, 31));
        assertThat(state(before, "Bardu", 1)).isEqualTo(CoverageState.CURRENT);
        assertThat(state(before, "Bardu", 12)).isEqualTo(CoverageState.NOT_APPLICABLE);
        assertThat(state(before, "Bardu", 13)).isEqualTo(CoverageState.NOT_APPLICABLE);
        assertThat(state(before, "Bardu", 3)).as("a draft is no signed version").isEqualTo(CoverageState.MISSING);
        assertThat(state(before, "Målselv", 1)).isEqualTo(CoverageState.MISSING);
        assertThat(state(before, "Målselv", 12)).isEqualTo(CoverageState.NOT_APPLICABLE);
        assertThat(before.count(CoverageState.NOT_APPLICABLE)).isEqualTo(4);
        assertThat(before.count(CoverageState.CURRENT)).isEqualTo(1);
        assertThat(before.count(CoverageState.DUE)).isZero();
        assertThat(before.count(CoverageState.MISSING)).isEqualTo(21);

        // from 1 August 2022 topic 12 counts, and 13 is missing
        CoverageMatrix after = agreements.matrix(s.id(), LocalDate.of(2022, 8, 1));
        assertThat(state(after, "Bardu", 12)).isEqualTo(CoverageState.CURRENT);
        assertThat(state(after, "Bardu", 13)).isEqualTo(CoverageState.MISSING);
        assertThat(after.count(CoverageState.NOT_APPLICABLE)).isZero();

        // before it was signed; within the reminder window; after the revision date
        assertThat(state(agreements.matrix(s.id(), SIGNED.minusDays(1)), "Bardu", 1))
                .isEqualTo(CoverageState.MISSING);
        assertThat(state(agreements.matrix(s.id(), LocalDate.of(2023, 11, 1)), "Bardu", 1))
                .isEqualTo(CoverageState.CURRENT);
        assertThat(state(agreements.matrix(s.id(), LocalDate.of(2023, 11, 2)), "Bardu", 1))
                .isEqualTo(CoverageState.DUE);
        assertThat(state(agreements.matrix(s.id(), LocalDate.of(2024, 2, 1)), "Bardu", 1))
                .isEqualTo(CoverageState.DUE);

        // a later signed version is the current one
        worlds.version(s, agreement, split, 2, LocalDate.of(2023, 12, 1), LocalDate.of(2027, 12, 1));
        assertThat(state(agreements.matrix(s.id(), LocalDate.of(2024, 2, 1)), "Bardu", 1))
                .isEqualTo(CoverageState.CURRENT);

        // the contact's view holds their own row only
        CoverageMatrix own = agreements.matrixOf(s.id(), s.malselv().id(), LocalDate.of(2024, 2, 1));
        assertThat(own.rows()).extracting(r -> r.municipality().name()).containsExactly("Målselv");
    }

    @Test
    void theHelsedialogDemoShowsEveryState() {
        var helsedialog = members.collaborationNamed("Helsedialog").orElseThrow();
        CoverageMatrix matrix = agreements.matrix(helsedialog.id(), agreements.today());
        assertThat(matrix.rows())
                .extracting(r -> r.municipality().municipalityNumber())
                .contains("4204", "4203", "4202", "4215", "4223", "4205");
        assertThat(matrix.count(CoverageState.CURRENT)).isPositive();
        assertThat(matrix.count(CoverageState.DUE)).isPositive();
        assertThat(matrix.count(CoverageState.MISSING)).isPositive();
        assertThat(agreements.hospitalTrusts(helsedialog.id()))
                .extracting(AgreementParty::name)
                .contains("Sørlandet sykehus HF");
    }

    private static CoverageState state(CoverageMatrix matrix, String municipality, int topic) {
        return matrix.rows().stream()
                .filter(r -> r.municipality().name().equals(municipality))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(topic - 1)
                .state();
    }

    private void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(key);
                }));
    }
}
