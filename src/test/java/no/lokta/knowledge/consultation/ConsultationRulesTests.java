package no.lokta.knowledge.consultation;

import static no.lokta.knowledge.consultation.ConsultationStatus.APPROVED;
import static no.lokta.knowledge.consultation.ConsultationStatus.CLOSED_WITHOUT_RESPONSE;
import static no.lokta.knowledge.consultation.ConsultationStatus.DRAFTING;
import static no.lokta.knowledge.consultation.ConsultationStatus.OPEN_FOR_INPUT;
import static no.lokta.knowledge.consultation.ConsultationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.lokta.LoktaTest;
import no.lokta.platform.web.Conflict;
import no.lokta.platform.web.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The status flow, the input deadline, one input per organisation and the mail to the members. */
@LoktaTest
class ConsultationRulesTests {

    @Autowired
    ConsultationWorld worlds;

    @Autowired
    ConsultationManagement consultations;

    @ParameterizedTest
    @EnumSource(ConsultationStatus.class)
    void onlyTheNamedStepsAreAllowed(ConsultationStatus from) {
        Set<ConsultationStatus> allowed =
                switch (from) {
                    case OPEN_FOR_INPUT -> EnumSet.of(DRAFTING, CLOSED_WITHOUT_RESPONSE);
                    case DRAFTING -> EnumSet.of(APPROVED, CLOSED_WITHOUT_RESPONSE);
                    case APPROVED -> EnumSet.of(SUBMITTED, DRAFTING);
                    case SUBMITTED, CLOSED_WITHOUT_RESPONSE -> EnumSet.noneOf(ConsultationStatus.class);
                };
        for (ConsultationStatus to : ConsultationStatus.values()) {
            assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(allowed.contains(to));
        }
    }

    @Test
    void theResponseIsDraftedApprovedAndSubmittedAndThenReadOnly() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring om helsefellesskap");
        assertThat(c.status()).isEqualTo(OPEN_FOR_INPUT);
        conflict(() -> consultations.approve(s.id(), c.id(), "Kari"), "consultation.refused.APPROVED");
        conflict(
                () -> consultations.submit(s.id(), c.id(), consultations.today(), "", "Kari"),
                "consultation.refused.SUBMITTED");
        consultations.draft(s.id(), c.id(), "Første utkast", "Kari");
        assertThat(consultations.startDrafting(s.id(), c.id()).status()).isEqualTo(DRAFTING);
        conflict(() -> consultations.startDrafting(s.id(), c.id()), "consultation.refused.DRAFTING");
        // unchanged text saves no new version; changed text does, and nothing is lost
        consultations.draft(s.id(), c.id(), "Første utkast", "Kari");
        consultations.draft(s.id(), c.id(), "Andre utkast", "Kari");
        assertThat(consultations.responses(s.id(), c.id()))
                .extracting(ResponseVersion::version, ResponseVersion::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Andre utkast"),
                        org.assertj.core.groups.Tuple.tuple(1, "Første utkast"));

        ConsultationSummary approved = consultations.approve(s.id(), c.id(), "Kari Koordinator");
        assertThat(approved.status()).isEqualTo(APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("Kari Koordinator");
        assertThat(approved.approvedAt()).isNotNull();
        conflict(() -> consultations.draft(s.id(), c.id(), "Tredje", "Kari"), "consultation.refused.responseLocked");
        // taken back and approved again
        assertThat(consultations.withdrawApproval(s.id(), c.id()).approvedAt()).isNull();
        consultations.draft(s.id(), c.id(), "Tredje utkast", "Kari");
        consultations.approve(s.id(), c.id(), "Kari Koordinator");

        // the submitted date: not before received, not in the future
        refused(
                () -> consultations.submit(s.id(), c.id(), consultations.today().plusDays(1), "", "Kari"),
                "submittedOn",
                "consultation.submittedOn.future");
        refused(
                () -> consultations.submit(s.id(), c.id(), c.receivedOn().minusDays(1), "", "Kari"),
                "submittedOn",
                "consultation.submittedOn.beforeReceived");
        ConsultationSummary submitted =
                consultations.submit(s.id(), c.id(), consultations.today(), "Sendt per e-post.", "Kari");
        assertThat(submitted.status()).isEqualTo(SUBMITTED);
        assertThat(submitted.submittedOn()).isEqualTo(consultations.today());
        assertThat(submitted.closingNote()).isEqualTo("Sendt per e-post.");

        String before = worlds.state(s.id());
        int rows = worlds.rows(s.id());
        conflict(() -> consultations.draft(s.id(), c.id(), "Etterpå", "Kari"), "consultation.refused.responseLocked");
        conflict(() -> consultations.withdrawApproval(s.id(), c.id()), "consultation.refused.DRAFTING");
        conflict(
                () -> consultations.closeWithoutResponse(s.id(), c.id(), ""),
                "consultation.refused.CLOSED_WITHOUT_RESPONSE");
        conflict(
                () -> consultations.update(
                        s.id(), c.id(), ConsultationWorld.command("Ny tittel", c.receivedOn(), c.inputDeadline())),
                "consultation.refused.done");
        assertThat(worlds.state(s.id())).isEqualTo(before);
        assertThat(worlds.rows(s.id())).isEqualTo(rows);
    }

    @Test
    void approvalNeedsADraftAndAConsultationCanCloseWithoutResponse() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring uten svar");
        consultations.startDrafting(s.id(), c.id());
        conflict(() -> consultations.approve(s.id(), c.id(), "Kari"), "consultation.refused.noResponse");
        ConsultationSummary closed =
                consultations.closeWithoutResponse(s.id(), c.id(), "  KS svarer for kommunesektoren. ");
        assertThat(closed.status()).isEqualTo(CLOSED_WITHOUT_RESPONSE);
        assertThat(closed.closingNote()).isEqualTo("KS svarer for kommunesektoren.");
        conflict(() -> consultations.startDrafting(s.id(), c.id()), "consultation.refused.DRAFTING");
    }

    @Test
    void badInputIsRefusedAtItsField() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        refused(
                () -> ConsultationWorld.command("Høring", day, day.minusDays(1)),
                "inputDeadline",
                "consultation.inputDeadline.beforeReceived");
        refused(
                () -> new ConsultationCommand("Høring", "HOD", "", day, day.plusDays(10), day.plusDays(9), "", ""),
                "authorityDeadline",
                "consultation.authorityDeadline.beforeInput");
        for (String link : List.of("javascript:alert(1)", "ftp://example.org/x", "https://", "www.example.org")) {
            refused(
                    () -> new ConsultationCommand("Høring", "HOD", "", day, day, day, "", link),
                    "link",
                    "consultation.link.invalid");
        }
        refused(() -> new ConsultationCommand(" ", "HOD", "", day, day, day, "", ""), "title", "NotBlank");
        refused(() -> new ConsultationCommand("Høring", "", "", day, day, day, "", ""), "authority", "NotBlank");
        assertThat(new ConsultationCommand(" Høring ", "HOD", "", day, day, day, "", " https://example.org/h ").link())
                .isEqualTo("https://example.org/h");
    }

    @Test
    void inputIsTakenUntilTheDeadlineAndWhileOpenOnly() {
        var s = worlds.create();
        LocalDate today = consultations.today();
        Respondent bardu = worlds.respondent(s.bardu(), s.contact());
        ConsultationSummary lastDay =
                consultations.create(s.id(), ConsultationWorld.command("Siste dag", today.minusDays(5), today));
        consultations.giveInput(s.id(), lastDay.id(), bardu, "Innspill på fristdagen");
        ConsultationSummary passed = consultations.create(
                s.id(), ConsultationWorld.command("Fristen er ute", today.minusDays(20), today.minusDays(1)));
        refused(
                () -> consultations.giveInput(s.id(), passed.id(), bardu, "For sent"),
                "text",
                "consultation.input.closed");
        ConsultationSummary drafting = worlds.open(s, "Svaret skrives");
        consultations.startDrafting(s.id(), drafting.id());
        refused(
                () -> consultations.giveInput(s.id(), drafting.id(), bardu, "For sent"),
                "text",
                "consultation.input.closed");
        // blank text, and an organisation of another collaboration
        ConsultationSummary open = worlds.open(s, "Åpen");
        refused(() -> consultations.giveInput(s.id(), open.id(), bardu, "   "), "text", "NotBlank");
        var other = worlds.create();
        assertThatThrownBy(() -> consultations.giveInput(
                        s.id(), open.id(), worlds.respondent(other.bardu(), other.contact()), "Fremmed"))
                .isInstanceOf(ConsultationNotFound.class);
        assertThatThrownBy(() -> consultations.giveInput(other.id(), open.id(), bardu, "Feil samarbeid"))
                .isInstanceOf(ConsultationNotFound.class);
        assertThat(worlds.inputRows(passed.id())).isZero();
        assertThat(worlds.inputRows(drafting.id())).isZero();
        assertThat(worlds.inputRows(open.id())).isZero();
        assertThat(worlds.inputRows(lastDay.id())).isOne();
    }

    @Test
    void oneInputPerOrganisationIsChangedUntilTheDeadline() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring");
        consultations.giveInput(s.id(), c.id(), worlds.respondent(s.bardu(), s.contact()), "Første");
        InputSummary changed =
                consultations.giveInput(s.id(), c.id(), worlds.respondent(s.bardu(), s.coordinator()), "  Endret  ");
        assertThat(changed.text()).isEqualTo("Endret");
        consultations.giveInput(s.id(), c.id(), worlds.respondent(s.trust().id(), s.partner()), "Fra helseforetaket");
        assertThat(consultations.inputs(s.id(), c.id()))
                .extracting(InputSummary::organisationName, InputSummary::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bardu", "Endret"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Universitetssykehuset Nord-Norge HF", "Fra helseforetaket"));
        assertThat(consultations.consultation(s.id(), c.id()).inputs()).isEqualTo(2);
        // Målselv has not answered; the hospital trust is no municipality
        assertThat(consultations.withoutInput(s.id(), c.id()))
                .extracting(MemberWithoutInput::name)
                .containsExactly("Målselv");
    }

    @Test
    void manyWritersAtOnceLeaveExactlyOneInputPerOrganisation() throws Exception {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Samtidige innspill");
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<InputSummary>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                boolean bardu = n % 2 == 0;
                Respondent by = bardu
                        ? worlds.respondent(s.bardu(), s.contact())
                        : worlds.respondent(s.malselv().id(), s.malselvContact());
                Callable<InputSummary> give = () -> {
                    start.await();
                    return consultations.giveInput(s.id(), c.id(), by, "Innspill nummer " + n);
                };
                results.add(pool.submit(give));
            }
            start.countDown();
            for (Future<InputSummary> f : results) {
                assertThat(f.get().text()).startsWith("Innspill nummer ");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(worlds.inputRows(c.id())).isEqualTo(2);
        assertThat(consultations.inputs(s.id(), c.id()))
                .extracting(InputSummary::organisationName)
                .containsExactly("Bardu", "Målselv");
    }

    @Test
    void theMembersAreToldOnceWhenAConsultationOpens() {
        var s = worlds.create();
        ConsultationSummary c = worlds.open(s, "Høring om e-post");
        String subject = "Ny høring: Høring om e-post";
        assertThat(worlds.mailsTo(s.contact().email(), subject)).isOne();
        assertThat(worlds.mailsTo(s.malselvContact().email(), subject)).isOne();
        assertThat(worlds.mailsTo(s.partner().email(), subject)).isOne();
        assertThat(worlds.mailsTo(s.coordinator().email(), subject)).isZero();
        assertThat(worlds.mailsTo(s.world().participant().email(), subject)).isZero();
        // a change of the consultation tells nobody again
        consultations.update(
                s.id(),
                c.id(),
                ConsultationWorld.command(
                        c.title(), c.receivedOn(), c.inputDeadline().plusDays(1)));
        consultations.startDrafting(s.id(), c.id());
        assertThat(worlds.mailsTo(s.contact().email(), subject)).isOne();
    }

    private static void conflict(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).messageKey())
                .isEqualTo(key);
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors())
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(key);
                }));
    }
}
