package no.lokta.knowledge.news;

import java.util.List;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.demo.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few news items of Helsedialog (after its forum demo, which makes the collaboration): invented texts. */
@Component
@Order(104)
class HelsedialogNewsDemoData implements DemoData {

    static final String COLLABORATION = "Helsedialog";

    private final MemberManagement members;
    private final NewsManagement news;

    HelsedialogNewsDemoData(MemberManagement members, NewsManagement news) {
        this.members = members;
        this.news = news;
    }

    @Override
    public List<String> load() {
        UUID c = members.collaborationNamed(COLLABORATION).orElseThrow().id();
        NewsSummary reform = news.create(
                c,
                new NewsCommand(
                        "Samarbeidsavtalene skal revideres",
                        """
                        Alle kommuner og helseforetak skal ha **samarbeidsavtaler** som dekker minst de 13 \
                        temaene i helse- og omsorgstjenesteloven § 6-2.

                        - Avtalene gjennomgås i helsefellesskapene
                        - Malene ligger under *Avtaler* i Løkta

                        Les mer på [regjeringen.no](https://www.regjeringen.no/).""",
                        List.of("nasjonalt krav", "avtaler"),
                        Audience.PUBLIC));
        news.publish(c, reform.id());
        NewsSummary network = news.create(
                c,
                new NewsCommand(
                        "Praksiskonsulentene samles i Kristiansand",
                        "Praksiskonsulentene fra alle helseforetakene møtes til erfaringsdeling i mars. Påmelding"
                                + " i aktivitetskalenderen.",
                        List.of("nettverk", "praksiskonsulenter"),
                        Audience.PUBLIC));
        news.publish(c, network.id());
        NewsSummary internal = news.create(
                c,
                new NewsCommand(
                        "Referat fra styringsgruppen",
                        "Styringsgruppen drøftet fordelingen av utviklingsmidler for neste år. Referatet er"
                                + " lagt ut for medlemmene.",
                        List.of("styringsgruppe"),
                        Audience.MEMBERS));
        news.publish(c, internal.id());
        news.create(
                c,
                new NewsCommand(
                        "Ny tilskuddsordning for lærings- og mestringstilbud",
                        "Utkast: beskriv ordningen og søknadsfristen før nyheten publiseres.",
                        List.of(NewsManagement.SCHEME_TAG),
                        Audience.PUBLIC));
        return List.of();
    }
}
