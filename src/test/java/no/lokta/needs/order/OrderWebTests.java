package no.lokta.needs.order;

import static no.lokta.TestWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import no.lokta.LoktaTest;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedStatus;
import no.lokta.platform.money.Nok;
import no.lokta.programme.ActivityStatus;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LoktaTest
class OrderWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Providers providers;

    @Autowired
    OrderManagement orders;

    @Autowired
    NeedManagement needs;

    @Autowired
    ProgrammeManagement programme;

    @Test
    void aCoordinatorOrdersTheProviderOffersAndTheOrderBecomesAnActivity() {
        var s = providers.create();
        var coordinator = s.world().coordinator();
        assertThat(mvc.get().uri("/needs/orders/new?need=" + s.need().id()).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Ny bestilling", s.college().name(), "Sårbehandling (4 personer, Bardu)")
                .doesNotContain(s.world().municipality().name() + "</option>");
        assertThat(mvc.post()
                        .uri("/needs/orders")
                        .with(as(coordinator))
                        .with(csrf())
                        .params(orderForm(
                                "providerId",
                                s.college().id().toString(),
                                "needIds",
                                s.need().id().toString(),
                                "title",
                                "Kurs i sårbehandling",
                                "audience",
                                "4 sykepleiere i Bardu",
                                "mode",
                                "DECENTRALISED",
                                "budget",
                                "60 000,50")))
                .hasStatus3xxRedirection();
        OrderSummary order = orders.orders(s.id()).getFirst();
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.budget()).isEqualTo(new Nok(6_000_050));
        String page = "/needs/orders/" + order.id();
        assertThat(mvc.get().uri(page).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Kurs i sårbehandling", "60 000,50 kr", "Utkast", "Send til tilbyderen");
        // a draft is the coordinator's alone
        assertThat(mvc.get().uri(page).with(as(s.collegePartner()))).hasStatus(404);
        assertThat(mvc.get().uri("/needs/orders").with(as(s.collegePartner())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Kurs i sårbehandling");

        // a step the way does not allow is refused, and nothing changes
        assertThat(mvc.post()
                        .uri(page + "/status")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("to", "ACCEPTED"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("refused", "order.step.notAllowed");
        assertThat(orders.order(s.id(), order.id()).status()).isEqualTo(OrderStatus.DRAFT);

        int partnerMails = providers.mailsTo(s.collegePartner().email());
        assertThat(mvc.post()
                        .uri(page + "/status")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("to", "SENT"))
                .flash()
                .containsEntry("stepped", "order.status.SENT");
        assertThat(providers.mailsTo(s.collegePartner().email())).isEqualTo(partnerMails + 1);
        assertThat(providers.mailsTo(s.hospitalPartner().email())).isZero();

        // the provider sees it and answers
        assertThat(mvc.get().uri("/needs/orders").with(as(s.collegePartner())))
                .hasStatusOk()
                .bodyText()
                .contains("Kurs i sårbehandling", "Sendt");
        assertThat(mvc.get().uri(page).with(as(s.collegePartner())))
                .hasStatusOk()
                .bodyText()
                .contains("Gi tilbud", "Pris i kroner", "Ikke skriv helseopplysninger")
                .doesNotContain("Send til tilbyderen");
        int coordinatorMails = providers.mailsTo(coordinator.email());
        for (int i = 0; i < 2; i++) {
            var result = mvc.post()
                    .uri(page + "/offer")
                    .with(as(s.collegePartner()))
                    .with(csrf())
                    .param("price", i == 0 ? "55 000" : "1")
                    .param("text", "To kursdager med praktiske øvelser.")
                    .param("proposedFrom", "2030-04-10")
                    .param("proposedTo", "2030-04-11");
            assertThat(result).hasStatus3xxRedirection();
            if (i == 1) {
                // the double submit changes nothing
                assertThat(result).flash().containsEntry("refused", "order.offer.notAwaited");
            }
        }
        OrderSummary offered = orders.order(s.id(), order.id());
        assertThat(offered.status()).isEqualTo(OrderStatus.OFFER_RECEIVED);
        assertThat(offered.offer()).isNotNull();
        assertThat(java.util.Objects.requireNonNull(offered.offer()).price()).isEqualTo(Nok.kroner(55_000));
        assertThat(providers.mailsTo(coordinator.email())).isEqualTo(coordinatorMails + 1);
        // the partner may not accept its own offer
        assertThat(mvc.post()
                        .uri(page + "/status")
                        .with(as(s.collegePartner()))
                        .with(csrf())
                        .param("to", "ACCEPTED"))
                .hasStatus(403);

        assertThat(mvc.get().uri(page).with(as(coordinator)))
                .bodyText()
                .contains("55 000 kr", "To kursdager med praktiske øvelser.", "Aksepter tilbudet", "Avslå tilbudet");
        // no activity before the order is accepted
        assertThat(mvc.post().uri(page + "/activity").with(as(coordinator)).with(csrf()))
                .flash()
                .containsEntry("refused", "order.activity.notAccepted");
        assertThat(mvc.post()
                        .uri(page + "/status")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("to", "ACCEPTED"))
                .flash()
                .containsEntry("stepped", "order.status.ACCEPTED");
        assertThat(providers.mailsTo(s.collegePartner().email())).isEqualTo(partnerMails + 2);

        // one click, twice: one activity
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri(page + "/activity").with(as(coordinator)).with(csrf()))
                    .hasStatus3xxRedirection();
        }
        UUID activityId = java.util.Objects.requireNonNull(
                orders.order(s.id(), order.id()).activityId());
        ActivitySummary activity = programme.activity(s.id(), activityId);
        assertThat(activity.title()).isEqualTo("Kurs i sårbehandling");
        assertThat(activity.status()).isEqualTo(ActivityStatus.DRAFT);
        assertThat(programme.activities(s.id()).stream()
                        .filter(a -> a.title().equals("Kurs i sårbehandling"))
                        .count())
                .isEqualTo(1);
        assertThat(needs.need(s.id(), s.need().id()).status()).isEqualTo(NeedStatus.ORDERED);
        assertThat(mvc.get().uri(page).with(as(coordinator)))
                .bodyText()
                .contains("/programme/manage/" + activityId + "/edit", "Merk som levert")
                .doesNotContain("Opprett aktivitet i programmet");
        assertThat(mvc.get().uri("/needs/needs/" + s.need().id()).with(as(coordinator)))
                .bodyText()
                .contains("Bestillinger", "/needs/orders/" + order.id(), "Akseptert", "Bestilt");
    }

    @Test
    void aProviderSeesOnlyTheOrdersSentToIt() {
        var s = providers.create();
        OrderSummary toCollege = providers.sent(s, "Til høyskolen");
        OrderSummary toHospital = orders.step(
                s.id(),
                orders.create(s.id(), providers.order(s, s.hospital().id(), "Til sykehuset"))
                        .id(),
                OrderStatus.SENT);
        assertThat(mvc.get().uri("/needs/orders").with(as(s.hospitalPartner())))
                .hasStatusOk()
                .bodyText()
                .contains("Til sykehuset")
                .doesNotContain("Til høyskolen");
        assertThat(mvc.get().uri("/needs/orders/" + toCollege.id()).with(as(s.hospitalPartner())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/needs/orders/" + toCollege.id() + "/offer")
                        .with(as(s.hospitalPartner()))
                        .with(csrf())
                        .param("price", "1000")
                        .param("text", "Tilbud")
                        .param("proposedFrom", "2030-04-10")
                        .param("proposedTo", "2030-04-11"))
                .hasStatus(404);
        assertThat(orders.order(s.id(), toCollege.id()).status()).isEqualTo(OrderStatus.SENT);
        assertThat(mvc.get().uri("/api/v1/orders").with(as(s.hospitalPartner())))
                .hasStatusOk()
                .bodyText()
                .contains(toHospital.id().toString())
                .doesNotContain(toCollege.id().toString());
        assertThat(mvc.get().uri("/api/v1/orders/" + toCollege.id()).with(as(s.hospitalPartner())))
                .hasStatus(404);
        // the partner may not read the needs
        assertThat(mvc.get().uri("/needs/needs").with(as(s.hospitalPartner()))).hasStatus(403);
    }

    @Test
    void otherRolesAreRefusedAndOtherCollaborationsNotFound() {
        var s = providers.create();
        var other = providers.create();
        OrderSummary order = providers.sent(s, "Kurs");
        for (var user : java.util.List.of(s.world().participant(), s.world().contact())) {
            assertThat(mvc.get().uri("/needs/orders").with(as(user))).hasStatus(403);
            assertThat(mvc.get().uri("/needs/orders/" + order.id()).with(as(user)))
                    .hasStatus(403);
            assertThat(mvc.get().uri("/needs/orders/new").with(as(user))).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/orders").with(as(user))).hasStatus(403);
        }
        assertThat(mvc.get().uri("/needs/orders/new").with(as(s.collegePartner())))
                .hasStatus(403);
        var stranger = other.world().coordinator();
        assertThat(mvc.get().uri("/needs/orders/" + order.id()).with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/needs/orders/" + order.id() + "/status")
                        .with(as(stranger))
                        .with(csrf())
                        .param("to", "OFFER_RECEIVED"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/orders/" + order.id()).with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/orders?collaboration=" + s.id()).with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/needs/orders").with(as(stranger)))
                .bodyText()
                .doesNotContain(order.id().toString());
        // another provider of the other collaboration cannot be ordered from here
        assertThat(mvc.post()
                        .uri("/needs/orders")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .params(orderForm(
                                "providerId",
                                other.college().id().toString(),
                                "needIds",
                                s.need().id().toString(),
                                "title",
                                "Kurs",
                                "budget",
                                "1000")))
                .hasStatusOk()
                .bodyText()
                .contains("Velg en høyskole");
    }

    @Test
    void badOrdersGetFieldMessagesAndChangeNothing() {
        var s = providers.create();
        int before = providers.orderRows(s.id());
        assertThat(mvc.post()
                        .uri("/needs/orders")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .params(orderForm(
                                "providerId",
                                s.world().municipality().id().toString(),
                                "title",
                                " ",
                                "periodFrom",
                                "2030-05-31",
                                "periodTo",
                                "2030-04-01",
                                "budget",
                                "12,345")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Rett opp dette før du går videre",
                        "Må fylles ut.",
                        "Skriv et beløp i kroner",
                        "aria-invalid=\"true\"");
        // the command's rules, once the form's pass
        assertThat(mvc.post()
                        .uri("/needs/orders")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .params(orderForm(
                                "providerId",
                                s.college().id().toString(),
                                "title",
                                "Kurs",
                                "periodFrom",
                                "2030-05-31",
                                "periodTo",
                                "2030-04-01",
                                "budget",
                                "-5")))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et beløp i kroner");
        assertThat(mvc.post()
                        .uri("/needs/orders")
                        .with(as(s.world().coordinator()))
                        .with(csrf())
                        .params(orderForm(
                                "providerId",
                                s.college().id().toString(),
                                "title",
                                "Kurs",
                                "periodFrom",
                                "2030-05-31",
                                "periodTo",
                                "2030-04-01",
                                "budget",
                                "5")))
                .hasStatusOk()
                .bodyText()
                .contains("Velg minst ett behov.", "Slutten av perioden kan ikke være før starten.");
        assertThat(providers.orderRows(s.id())).isEqualTo(before);

        // a bad offer: field messages, the order still waits
        OrderSummary sent = providers.sent(s, "Kurs");
        assertThat(mvc.post()
                        .uri("/needs/orders/" + sent.id() + "/offer")
                        .with(as(s.collegePartner()))
                        .with(csrf())
                        .param("price", "mange penger")
                        .param("text", "")
                        .param("proposedFrom", "2030-04-11")
                        .param("proposedTo", "2030-04-10"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv et beløp i kroner", "Må fylles ut.", "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri("/needs/orders/" + sent.id() + "/offer")
                        .with(as(s.collegePartner()))
                        .with(csrf())
                        .param("price", "1000")
                        .param("text", "Tilbud")
                        .param("proposedFrom", "2030-04-11")
                        .param("proposedTo", "2030-04-10"))
                .hasStatusOk()
                .bodyText()
                .contains("Slutten av perioden kan ikke være før starten.");
        assertThat(mvc.post()
                        .uri("/needs/orders/" + sent.id() + "/offer")
                        .with(as(s.collegePartner()))
                        .with(csrf())
                        .param("price", "1000")
                        .param("text", "Tilbud")
                        .param("proposedFrom", "2030-04-11")
                        .param("proposedTo", "ikke en dato"))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv en gyldig dato");
        assertThat(orders.order(s.id(), sent.id()).status()).isEqualTo(OrderStatus.SENT);
        assertThat(orders.order(s.id(), sent.id()).offer()).isNull();
    }

    @Test
    void aDraftIsChangedUntilItIsSent() {
        var s = providers.create();
        var coordinator = s.world().coordinator();
        OrderSummary draft =
                orders.create(s.id(), providers.order(s, s.college().id(), "Kurs"));
        String page = "/needs/orders/" + draft.id();
        assertThat(mvc.get().uri(page + "/edit").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Endre Kurs", "value=\"60000\"");
        assertThat(mvc.post()
                        .uri(page)
                        .with(as(coordinator))
                        .with(csrf())
                        .params(orderForm(
                                "providerId",
                                s.hospital().id().toString(),
                                "needIds",
                                s.need().id().toString(),
                                "title",
                                "Kurs i sårbehandling",
                                "place",
                                "Finnsnes",
                                "mode",
                                "VIDEO",
                                "budget",
                                "70 000")))
                .hasStatus3xxRedirection();
        OrderSummary changed = orders.order(s.id(), draft.id());
        assertThat(changed.title()).isEqualTo("Kurs i sårbehandling");
        assertThat(changed.providerId()).isEqualTo(s.hospital().id());
        assertThat(changed.budget()).isEqualTo(Nok.kroner(70_000));
        orders.step(s.id(), draft.id(), OrderStatus.SENT);
        assertThat(mvc.get().uri(page + "/edit").with(as(coordinator)))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("refused", "order.update.notDraft");
        assertThat(mvc.post()
                        .uri(page)
                        .with(as(coordinator))
                        .with(csrf())
                        .params(orderForm(
                                "providerId",
                                s.college().id().toString(),
                                "needIds",
                                s.need().id().toString(),
                                "title",
                                "Endret etter sending",
                                "place",
                                "Finnsnes",
                                "mode",
                                "VIDEO",
                                "budget",
                                "1")))
                .hasStatusOk()
                .bodyText()
                .contains("Bare et utkast kan endres.");
        assertThat(orders.order(s.id(), draft.id()).title()).isEqualTo("Kurs i sårbehandling");
        assertThat(mvc.get().uri(page + "/edit").with(as(s.hospitalPartner()))).hasStatus(403);
    }

    @Test
    void theApiListsTheOrdersOfTheCollaboration() {
        var s = providers.create();
        OrderSummary order = providers.sent(s, "Kurs via API");
        assertThat(mvc.get().uri("/api/v1/orders").with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].title")
                .isEqualTo("Kurs via API");
        assertThat(mvc.get()
                        .uri("/api/v1/orders/" + order.id())
                        .with(as(s.world().coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.budget.ore")
                .isEqualTo(6_000_000);
    }

    /**
     * An order form as posted: sensible values for audience, period, place and mode, with the
     * fields given (name, value, …) added or put in their place.
     */
    private static org.springframework.util.MultiValueMap<String, String> orderForm(String... fields) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("audience", "Sykepleiere");
        form.put("periodFrom", "2030-04-01");
        form.put("periodTo", "2030-05-31");
        form.put("place", "Bardufoss");
        form.put("mode", "ON_SITE");
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        org.springframework.util.MultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach(params::add);
        return params;
    }
}
