package no.lokta.knowledge.example;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.member.MembershipCommand;
import no.lokta.member.MembershipKind;
import no.lokta.member.OrganisationCommand;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoData;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Helsedialog, the programme of KS and Helse Sør RHF (seeds/004), with good examples in the eight
 * kinds its report sorted 34 examples by. The report's examples themselves are not in the source:
 * the examples here are invented from the presentation's themes (learning and coping centres,
 * practice consultants, ambulant teams, agreements, ICT and the health network), with real
 * municipalities and hospital trusts of the region and invented people. The collaboration is
 * created only if no other part of the demo made it first; the demo coordinator works here too.
 */
@Component
@Order(100)
class HelsedialogDemoData implements DemoData {

    static final String NAME = "Helsedialog";
    private static final String COORDINATOR = "helsedialog@lokta.no";
    private static final String PASSWORD = "lokta-demo-2026";

    private final MemberManagement members;
    private final PeopleManagement people;
    private final ExampleManagement examples;

    HelsedialogDemoData(MemberManagement members, PeopleManagement people, ExampleManagement examples) {
        this.members = members;
        this.people = people;
        this.examples = examples;
    }

    @Override
    public List<String> load() {
        CollaborationSummary helsedialog = members.collaborationNamed(NAME)
                .orElseGet(() -> members.createCollaboration(new CollaborationCommand(
                        NAME,
                        "KS og Helse Sør RHF",
                        "Samarbeidsprogram mellom kommunene i KS-området og helseforetakene i Helse Sør for bedre"
                                + " samhandling: på styringsnivå, tjenestenivå og i møtet mellom tjenesteyter og"
                                + " pasient. Prioriterte områder: lærings- og mestringssentre, samhandlingskultur og"
                                + " -kompetanse, ambulante team, IKT og helsenett, og avtaler mellom kommuner og"
                                + " helseforetak.")));
        UUID id = helsedialog.id();
        // the collaboration's own demo coordinator: the LØKTA coordinator's first collaboration stays LØKTA
        UUID coordinator = people.accountIdByEmail(COORDINATOR)
                .orElseGet(() -> people.createAccount(COORDINATOR, "Hilde Dalen", PASSWORD));
        people.grant(coordinator, id, Role.COORDINATOR, null);
        Map<String, UUID> org = organisations(id);
        Map<String, UUID> category = new LinkedHashMap<>();
        examples.ensureCategories(id).forEach(c -> category.put(c.name(), c.id()));
        new Writer(id, org, category).all();
        return List.of();
    }

    /** The organisations the examples name: found by name, else added as members or partners. */
    private Map<String, UUID> organisations(UUID id) {
        Map<String, UUID> org = new LinkedHashMap<>();
        members.organisations(id).forEach(o -> org.put(o.name(), o.id()));
        LocalDate joined = LocalDate.of(2006, 1, 1);
        for (String number : List.of("4204", "4203", "4205", "4202", "4003", "3905", "3301", "3305", "3326")) {
            boolean known = members.organisations(id).stream().anyMatch(o -> number.equals(o.municipalityNumber()));
            if (!known) {
                OrganisationSummary m = members.addMunicipalityFromRegister(id, number);
                members.addMembership(id, new MembershipCommand(m.id(), MembershipKind.MEMBER, joined, null, ""));
                org.put(m.name(), m.id());
            }
        }
        partner(id, org, OrganisationKind.HOSPITAL_TRUST, "Sørlandet sykehus HF");
        partner(id, org, OrganisationKind.HOSPITAL_TRUST, "Sykehuset Telemark HF");
        partner(id, org, OrganisationKind.HOSPITAL_TRUST, "Sykehuset i Vestfold HF");
        partner(id, org, OrganisationKind.HOSPITAL_TRUST, "Vestre Viken HF");
        partner(id, org, OrganisationKind.REGIONAL_HEALTH_AUTHORITY, "Helse Sør RHF");
        partner(id, org, OrganisationKind.EMPLOYER_ORGANISATION, "KS Agder");
        partner(id, org, OrganisationKind.COLLEGE_UNIVERSITY, "Universitetet i Agder");
        partner(id, org, OrganisationKind.USER_ORGANISATION, "FFO Agder");
        return org;
    }

    private void partner(UUID id, Map<String, UUID> org, OrganisationKind kind, String name) {
        if (org.containsKey(name)) {
            return;
        }
        OrganisationSummary o =
                members.createOrganisation(id, new OrganisationCommand(kind, name, null, null, "", "", ""));
        members.addMembership(
                id, new MembershipCommand(o.id(), MembershipKind.PARTNER, LocalDate.of(2006, 1, 1), null, ""));
        org.put(name, o.id());
    }

    /** Writes and publishes the examples, two or more of each kind. */
    private final class Writer {

        private final UUID id;
        private final Map<String, UUID> org;
        private final Map<String, UUID> category;

        Writer(UUID id, Map<String, UUID> org, Map<String, UUID> category) {
            this.id = id;
            this.org = org;
            this.category = category;
        }

        private void example(
                String kind,
                String title,
                String summary,
                String targetGroup,
                List<String> organisations,
                String contact,
                LocalDate from,
                @Nullable LocalDate to,
                String results,
                Evidence evidence) {
            UUID categoryId = category.get(kind);
            if (categoryId == null) {
                return;
            }
            Set<UUID> involved = new LinkedHashSet<>();
            organisations.stream()
                    .map(org::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(involved::add);
            String email = contact.toLowerCase(java.util.Locale.ROOT)
                            .replace(' ', '.')
                            .replace("ø", "o")
                            .replace("å", "a")
                            .replace("æ", "ae")
                    + "@example.org";
            ExampleSummary created = examples.create(
                    id,
                    new ExampleCommand(
                            categoryId,
                            title,
                            summary,
                            targetGroup,
                            null,
                            involved,
                            contact,
                            email,
                            from,
                            to,
                            results,
                            evidence));
            examples.publish(id, created.id());
        }

        void all() {
            String lms = ExampleManagement.STARTING_CATEGORIES.get(0);
            String individual = ExampleManagement.STARTING_CATEGORIES.get(1);
            String competence = ExampleManagement.STARTING_CATEGORIES.get(2);
            String ambulant = ExampleManagement.STARTING_CATEGORIES.get(3);
            String routines = ExampleManagement.STARTING_CATEGORIES.get(4);
            String agreements = ExampleManagement.STARTING_CATEGORIES.get(5);
            String joint = ExampleManagement.STARTING_CATEGORIES.get(6);
            String electronic = ExampleManagement.STARTING_CATEGORIES.get(7);

            example(
                    lms,
                    "Felles lærings- og mestringssenter for diabetes",
                    "Sørlandet sykehus og Kristiansand kommune driver sammen kurs for personer med type 2-diabetes"
                            + " og deres pårørende. Kursene holdes av sykepleiere fra sykehuset og kommunen sammen med"
                            + " en likeperson fra brukerorganisasjonen.",
                    "Personer med diabetes type 2 og pårørende",
                    List.of("Kristiansand", "Sørlandet sykehus HF", "FFO Agder"),
                    "Kari Nesheim",
                    LocalDate.of(2005, 9, 1),
                    null,
                    "Over 300 deltakere de to første årene. Deltakerne sier de mestrer blodsukkeret bedre, og"
                            + " fastlegene henviser oftere til kommunens frisklivstilbud.",
                    Evidence.EVALUATED);
            example(
                    lms,
                    "Likemannsarbeid på lærings- og mestringssenteret i Vestfold",
                    "Likepersoner fra brukerorganisasjonene er med som kursholdere og samtalepartnere på"
                            + " lærings- og mestringssenteret. Kommunene i Vestfold sender ansatte i hjemmetjenesten"
                            + " på kursene sammen med brukerne.",
                    "Personer med kronisk sykdom, pårørende og ansatte i hjemmetjenesten",
                    List.of("Tønsberg", "Sykehuset i Vestfold HF"),
                    "Anders Vik",
                    LocalDate.of(2004, 1, 1),
                    null,
                    "Brukerne opplever å bli tatt på alvor, og ansatte i kommunene lærer det samme som pasientene.",
                    Evidence.DESCRIBED);
            example(
                    lms,
                    "Mestringskurs for pårørende til personer med demens",
                    "Et kurs i fem kvelder der pårørende møter fagfolk fra alderspsykiatrien og kommunens"
                            + " demensteam. Kurset holdes på omgang i kommunene i Telemark.",
                    "Pårørende til hjemmeboende personer med demens",
                    List.of("Skien", "Sykehuset Telemark HF"),
                    "Liv Aasen",
                    LocalDate.of(2006, 2, 1),
                    LocalDate.of(2008, 6, 30),
                    "Pårørende står lenger i omsorgen, og flere søker avlastning i tide.",
                    Evidence.EVALUATED);
            example(
                    individual,
                    "Individuell plan fra sykehuset til hjemmet",
                    "Koordinatorer i kommunen og på sykehuset lager individuell plan sammen med pasienter som"
                            + " trenger langvarige og koordinerte tjenester, før de skrives ut.",
                    "Pasienter med behov for langvarige og koordinerte tjenester",
                    List.of("Arendal", "Grimstad", "Sørlandet sykehus HF"),
                    "Tone Berge",
                    LocalDate.of(2005, 3, 1),
                    null,
                    "Flere pasienter har individuell plan ved utskriving, og færre blir lagt inn igjen innen 30 dager.",
                    Evidence.EVALUATED);
            example(
                    individual,
                    "Tilrettelagt hjemreise fra rehabilitering",
                    "Før en pasient reiser hjem fra rehabilitering, besøker fysioterapeut fra sykehuset og"
                            + " ergoterapeut fra kommunen hjemmet sammen og tilpasser hjelpemidler og opptrening.",
                    "Pasienter etter hjerneslag og brudd",
                    List.of("Ringerike", "Vestre Viken HF"),
                    "Per Hovde",
                    LocalDate.of(2006, 8, 15),
                    null,
                    "Pasientene kommer raskere i gang med opptreningen hjemme.",
                    Evidence.DESCRIBED);
            example(
                    competence,
                    "Praksiskonsulentordningen ved Sørlandet sykehus",
                    "Fastleger i 10 til 20 prosent stillinger på sykehusavdelingene gir kommunenes stemme inn i"
                            + " helseforetaket. Fra 2007 er også sykepleiere og fysioterapeuter med i ordningen.",
                    "Sykehusavdelinger, fastleger og pleie- og omsorgstjenesten",
                    List.of("Sørlandet sykehus HF", "Kristiansand", "Arendal"),
                    "Erik Solberg",
                    LocalDate.of(2003, 1, 1),
                    null,
                    "Bedre epikriser og henvisninger, og flere felles prosedyrer mellom sengepostene og kommunene.",
                    Evidence.RESEARCHED);
            example(
                    competence,
                    "Hospitering mellom sykehjemmet og medisinsk avdeling",
                    "Sykepleiere fra sykehjemmet hospiterer en uke på medisinsk avdeling, og sykepleiere fra"
                            + " avdelingen en uke på sykehjem i kommunen. De lærer hverandres hverdag og rutiner.",
                    "Sykepleiere i sykehjem og på sykehus",
                    List.of("Tønsberg", "Sykehuset i Vestfold HF"),
                    "Hilde Moen",
                    LocalDate.of(2006, 1, 1),
                    LocalDate.of(2007, 12, 31),
                    "Færre misforståelser ved overflytting, og sykehjemmene tar imot pasienter med mer"
                            + " sammensatte behov.",
                    Evidence.EVALUATED);
            example(
                    competence,
                    "Felles fagdager om palliasjon",
                    "Helseforetaket og kommunene holder fagdager sammen om lindrende behandling, med"
                            + " kreftsykepleiere fra sykehjem og hjemmesykepleie.",
                    "Sykepleiere og leger i kommunene og på sykehuset",
                    List.of("Skien", "Sykehuset Telemark HF", "Universitetet i Agder"),
                    "Marit Lunde",
                    LocalDate.of(2005, 10, 1),
                    null,
                    "Et nettverk av ressurssykepleiere i alle kommunene i Telemark.",
                    Evidence.DESCRIBED);
            example(
                    ambulant,
                    "Ambulant team i psykisk helsevern",
                    "Et ambulant team fra distriktspsykiatrisk senter møter pasientene hjemme sammen med"
                            + " kommunens psykiatritjeneste, i stedet for innleggelse.",
                    "Voksne med alvorlig psykisk lidelse",
                    List.of("Drammen", "Vestre Viken HF"),
                    "Jon Berg",
                    LocalDate.of(2004, 6, 1),
                    null,
                    "Færre tvangsinnleggelser og kortere opphold når innleggelse likevel trengs.",
                    Evidence.RESEARCHED);
            example(
                    ambulant,
                    "Ambulant geriatrisk team til sykehjem",
                    "Geriater og sykepleier fra sykehuset reiser ut til sykehjemmene og vurderer pasienter"
                            + " sammen med tilsynslegen, slik at færre må sendes til sykehuset.",
                    "Beboere i sykehjem og deres pårørende",
                    List.of("Lindesnes", "Kristiansand", "Sørlandet sykehus HF"),
                    "Ingrid Haugen",
                    LocalDate.of(2006, 9, 1),
                    null,
                    "Færre innleggelser fra sykehjem, og bedre kompetanse på legemiddelgjennomgang.",
                    Evidence.EVALUATED);
            example(
                    routines,
                    "Felles rutine for utskriving av eldre pasienter",
                    "En felles sjekkliste for utskriving: meldingen til kommunen sendes tre dager før, og"
                            + " legemiddellisten følger pasienten.",
                    "Eldre pasienter som skrives ut til kommunale tjenester",
                    List.of("Arendal", "Grimstad", "Sørlandet sykehus HF"),
                    "Silje Dahl",
                    LocalDate.of(2005, 1, 1),
                    null,
                    "Kommunene får vite i tide, og færre utskrivninger utsettes.",
                    Evidence.EVALUATED);
            example(
                    routines,
                    "Felles prosedyre for legemiddelhåndtering ved overflytting",
                    "Sykehuset og kommunene i Buskerud har en felles prosedyre for hvordan legemidler"
                            + " avstemmes når en pasient flyttes mellom sykehus, sykehjem og hjemmetjeneste.",
                    "Sykepleiere og leger ved overflytting",
                    List.of("Drammen", "Ringerike", "Vestre Viken HF"),
                    "Trond Eide",
                    LocalDate.of(2006, 3, 1),
                    null,
                    "Færre legemiddelfeil ved overflytting.",
                    Evidence.DESCRIBED);
            example(
                    agreements,
                    "Samarbeidsavtale om utskrivningsklare pasienter",
                    "En avtale mellom helseforetaket og kommunene i Agder om varsling, ansvar og betaling for"
                            + " utskrivningsklare pasienter, forankret i kommunestyrer og foretaksstyret.",
                    "Ledere i kommunene og i helseforetaket",
                    List.of("Kristiansand", "Arendal", "Lindesnes", "Grimstad", "Sørlandet sykehus HF", "KS Agder"),
                    "Bjørn Nilsen",
                    LocalDate.of(2006, 1, 1),
                    null,
                    "Færre uenigheter om ansvar, og et fast samarbeidsutvalg som møtes fire ganger i året.",
                    Evidence.DESCRIBED);
            example(
                    agreements,
                    "Overordnet avtale mellom Hemsedal kommune og helseforetaket",
                    "En liten kommune langt fra sykehuset avtaler hvem som gjør hva ved akutte innleggelser,"
                            + " og hvordan sykehuset gir råd til kommunelegen.",
                    "Kommunelegen, legevakten og sykehusets akuttmottak",
                    List.of("Hemsedal", "Vestre Viken HF"),
                    "Kristin Aune",
                    LocalDate.of(2007, 1, 1),
                    null,
                    "Kortere vei til råd fra spesialist og færre unødvendige innleggelser.",
                    Evidence.DESCRIBED);
            example(
                    joint,
                    "Samdrift av intermediær avdeling ved sykehjemmet",
                    "Kommunen og sykehuset driver sammen en avdeling på sykehjemmet for pasienter som ikke"
                            + " lenger trenger sykehus, men ikke kan reise hjem. Sykehuset stiller med lege.",
                    "Eldre pasienter etter sykehusopphold",
                    List.of("Skien", "Sykehuset Telemark HF"),
                    "Gro Halvorsen",
                    LocalDate.of(2005, 5, 1),
                    null,
                    "Kortere liggetid på sykehuset og flere som kommer hjem igjen.",
                    Evidence.EVALUATED);
            example(
                    joint,
                    "Felles legevakt og akuttmottak",
                    "Den interkommunale legevakten ligger vegg i vegg med sykehusets akuttmottak og deler"
                            + " resepsjon og utstyr.",
                    "Innbyggere som trenger akutt hjelp",
                    List.of("Tønsberg", "Sykehuset i Vestfold HF"),
                    "Ole Strand",
                    LocalDate.of(2004, 9, 1),
                    null,
                    "Pasientene får hjelp på rett nivå, og færre henvises videre unødig.",
                    Evidence.DESCRIBED);
            example(
                    electronic,
                    "Elektroniske pleie- og omsorgsmeldinger over helsenettet",
                    "Sykehuset og hjemmetjenesten sender innleggelsesrapport, utskrivningsmelding og"
                            + " epikrise elektronisk over helsenettet i stedet for på papir og faks.",
                    "Hjemmetjenesten, sykehjem og sengeposter",
                    List.of("Kristiansand", "Sørlandet sykehus HF", "Helse Sør RHF"),
                    "Lars Eriksen",
                    LocalDate.of(2007, 3, 1),
                    null,
                    "Meldingene kommer fram samme dag, og ingen opplysninger forsvinner på faksen.",
                    Evidence.EVALUATED);
            example(
                    electronic,
                    "Videokonferanse for veiledning av sykehjemmet",
                    "Sykehusets spesialister veileder personalet på sykehjem i distriktet over videokonferanse"
                            + " en gang i uken.",
                    "Personalet på sykehjem i distriktskommuner",
                    List.of("Hemsedal", "Ringerike", "Vestre Viken HF"),
                    "Nina Foss",
                    LocalDate.of(2007, 1, 15),
                    null,
                    "Mindre reising for pasienter og ansatte, og raskere råd.",
                    Evidence.DESCRIBED);
        }
    }
}
