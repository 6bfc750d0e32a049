package no.lokta.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few published LØKTA activities in 2027, one of them with seats reserved for Bardu. */
@Component
@Order(50)
class ProgrammeDemoData implements DemoData {

    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final NetworkManagement networks;

    ProgrammeDemoData(ProgrammeManagement programme, MemberManagement members, NetworkManagement networks) {
        this.programme = programme;
        this.members = members;
        this.networks = networks;
    }

    @Override
    public List<String> load() {
        CollaborationSummary lokta = members.collaborationNamed("LØKTA").orElseThrow();
        UUID bardu = members.organisations(lokta.id()).stream()
                .filter(o -> "5520".equals(o.municipalityNumber()))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseThrow();
        LocalDateTime opens = LocalDateTime.of(2026, 11, 1, 8, 0);
        // the geriatrics network's programme, which its resource group edits
        UUID geriatrics = networks.networkNames(lokta.id()).entrySet().stream()
                .filter(n -> n.getValue().equals("Fagnettverk geriatri"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        programme.createActivity(
                lokta.id(),
                new ActivityCommand(
                        geriatrics,
                        ActivityKind.GATHERING,
                        "Fellessamling i demensomsorg",
                        "To dager med foredrag, erfaringsdeling og gruppearbeid for nettverkets team fra"
                                + " kommunene og spesialisthelsetjenesten.",
                        Audience.EMPLOYEES,
                        List.of(
                                new SessionCommand(
                                        LocalDateTime.of(2027, 3, 10, 9, 0),
                                        LocalDateTime.of(2027, 3, 10, 16, 0),
                                        "Finnsnes, Rådhuset",
                                        ""),
                                new SessionCommand(
                                        LocalDateTime.of(2027, 3, 11, 9, 0),
                                        LocalDateTime.of(2027, 3, 11, 14, 0),
                                        "Finnsnes, Rådhuset",
                                        "")),
                        40,
                        Map.of(bardu, 5),
                        LocalDate.of(2027, 2, 15),
                        opens,
                        LocalDateTime.of(2027, 3, 1, 23, 59),
                        false,
                        new BigDecimal("12.0"),
                        "post@lokta.no",
                        ActivityStatus.PUBLISHED));
        ActivitySummary lecture = programme.createActivity(
                lokta.id(),
                new ActivityCommand(
                        null,
                        ActivityKind.VIDEO_LECTURE,
                        "Videoforelesning: lindrende behandling i hjemmet",
                        "Forelesning over video fra Universitetssykehuset Nord-Norge, med spørsmål til slutt.",
                        Audience.EMPLOYEES,
                        List.of(new SessionCommand(
                                LocalDateTime.of(2027, 1, 20, 12, 0),
                                LocalDateTime.of(2027, 1, 20, 13, 30),
                                "",
                                "https://video.example.org/lokta-palliasjon")),
                        100,
                        Map.of(),
                        null,
                        opens,
                        LocalDateTime.of(2027, 1, 19, 12, 0),
                        false,
                        new BigDecimal("1.5"),
                        "post@lokta.no",
                        ActivityStatus.PUBLISHED));
        programme.createActivity(
                lokta.id(),
                new ActivityCommand(
                        geriatrics,
                        ActivityKind.RELATIVES_SCHOOL,
                        "Pårørendeskole: demens",
                        "Fem kvelder for pårørende til personer med demens: kunnskap, erfaringer og samtale.",
                        Audience.RELATIVES,
                        List.of(
                                new SessionCommand(
                                        LocalDateTime.of(2027, 4, 6, 18, 0),
                                        LocalDateTime.of(2027, 4, 6, 20, 30),
                                        "Bardufoss, Kulturhuset",
                                        ""),
                                new SessionCommand(
                                        LocalDateTime.of(2027, 4, 13, 18, 0),
                                        LocalDateTime.of(2027, 4, 13, 20, 30),
                                        "Bardufoss, Kulturhuset",
                                        "")),
                        25,
                        Map.of(),
                        null,
                        opens,
                        LocalDateTime.of(2027, 4, 1, 12, 0),
                        false,
                        new BigDecimal("5.0"),
                        "post@lokta.no",
                        ActivityStatus.PUBLISHED));
        // the lecture gathers at two sites at once, each with a local facilitator
        UUID lectureSession = lecture.sessions().getFirst().id();
        programme.addSite(
                lokta.id(), lecture.id(), lectureSession, new SiteCommand("Finnsnes, Rådhuset", "Ingrid Solberg", ""));
        programme.addSite(
                lokta.id(),
                lecture.id(),
                lectureSession,
                new SiteCommand("Bardufoss, Helsehuset", "Petter Haugen", "petter.haugen@example.org"));
        return List.of();
    }
}
