package no.lokta.needs.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.needs.need.NeedCommand;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedSource;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedSummary;
import no.lokta.needs.need.NeedUrgency;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.money.Nok;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * LØKTA's competence needs: wound care for nurses in Bardu, Målselv and Sørreisa (two needs merged
 * into one), dementia care for skilled workers in Dyrøy and Senja, and an order for the wound care
 * sent to UNN HF, awaiting its offer.
 */
@Component
@Order(72)
class OrderDemoData implements DemoData {

    static final String HOSPITAL_TRUST = "Universitetssykehuset Nord-Norge HF";

    private final NeedManagement needs;
    private final OrderManagement orders;
    private final MemberManagement members;

    OrderDemoData(NeedManagement needs, OrderManagement orders, MemberManagement members) {
        this.needs = needs;
        this.orders = orders;
        this.members = members;
    }

    @Override
    public List<String> load() {
        CollaborationSummary lokta = members.collaborationNamed("LØKTA").orElseThrow();
        UUID id = lokta.id();
        List<OrganisationSummary> organisations = members.organisations(id);
        UUID unn = organisations.stream()
                .filter(o -> o.name().equals(HOSPITAL_TRUST))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseThrow();
        UUID bardu = byNumber(organisations, "5520");
        UUID malselv = byNumber(organisations, "5524");
        UUID sorreisa = byNumber(organisations, "5526");
        UUID dyroy = byNumber(organisations, "5528");
        UUID senja = byNumber(organisations, "5530");

        NeedSummary barduWounds =
                needs.create(id, need("Sårbehandling", Set.of("Sykepleier"), Set.of(bardu), 4, NeedUrgency.MEDIUM));
        NeedSummary otherWounds = needs.create(
                id,
                need(
                        "Sårbehandling og sårdokumentasjon",
                        Set.of("Sykepleier"),
                        Set.of(malselv, sorreisa),
                        8,
                        NeedUrgency.HIGH));
        NeedSummary wounds = needs.merge(
                id, Set.of(barduWounds.id(), otherWounds.id()), "Sårbehandling for sykepleiere i hjemmetjenesten");
        needs.create(
                id,
                need(
                        "Demensomsorg: miljøbehandling og samarbeid med pårørende",
                        Set.of("Helsefagarbeider"),
                        Set.of(dyroy, senja),
                        15,
                        NeedUrgency.MEDIUM));
        needs.create(
                id,
                need(
                        "Legemiddelhåndtering",
                        Set.of("Helsefagarbeider", "Sykepleier"),
                        Set.of(senja),
                        10,
                        NeedUrgency.LOW));

        OrderSummary order = orders.create(
                id,
                new OrderCommand(
                        unn,
                        Set.of(wounds.id()),
                        "Kurs i sårbehandling",
                        "12 sykepleiere i hjemmetjenesten i Bardu, Målselv og Sørreisa",
                        "To kursdager med teori og praktiske øvelser: vurdering av sår, valg av bandasje og"
                                + " dokumentasjon.",
                        LocalDate.of(2027, 4, 1),
                        LocalDate.of(2027, 5, 31),
                        "Bardufoss",
                        DeliveryMode.DECENTRALISED,
                        Nok.kroner(60_000)));
        orders.step(id, order.id(), OrderStatus.SENT);
        return List.of();
    }

    private static NeedCommand need(
            String topic, Set<String> professions, Set<UUID> municipalities, int people, NeedUrgency urgency) {
        return new NeedCommand(
                topic, "", professions, municipalities, people, urgency, NeedSource.MANUAL, null, NeedStatus.OPEN);
    }

    private static UUID byNumber(List<OrganisationSummary> organisations, String number) {
        return organisations.stream()
                .filter(o -> number.equals(o.municipalityNumber()))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
