package no.lokta.member;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lokta.platform.audit.AuditLog;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member register of a collaboration: its organisations, who was a member when, mergers and
 * population figures. Every method takes the collaboration it works in; nothing crosses into
 * another collaboration.
 */
@Service
@Transactional(readOnly = true)
public class MemberManagement {

    private final Collaborations collaborations;
    private final Organisations organisations;
    private final Memberships memberships;
    private final PopulationFigures population;
    private final PopulationImport populationImport;
    private final ReferenceRegister register;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    MemberManagement(
            Collaborations collaborations,
            Organisations organisations,
            Memberships memberships,
            PopulationFigures population,
            PopulationImport populationImport,
            ReferenceRegister register,
            JdbcClient jdbc,
            AuditLog audit) {
        this.collaborations = collaborations;
        this.organisations = organisations;
        this.memberships = memberships;
        this.population = population;
        this.populationImport = populationImport;
        this.register = register;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    // --- collaborations

    public CollaborationSummary collaboration(UUID id) {
        return collaborations.findById(id).map(Collaboration::summary).orElseThrow(CollaborationNotFound::new);
    }

    public List<CollaborationSummary> collaborations(Collection<UUID> ids) {
        return collaborations.findAllById(ids).stream()
                .map(Collaboration::summary)
                .sorted(Comparator.comparing(CollaborationSummary::name))
                .toList();
    }

    public Optional<CollaborationSummary> collaborationNamed(String name) {
        return collaborations.findAll().stream()
                .filter(c -> c.name().equals(name))
                .map(Collaboration::summary)
                .findFirst();
    }

    @Transactional
    public CollaborationSummary createCollaboration(CollaborationCommand c) {
        if (collaborations.existsByName(c.name())) {
            throw new InvalidInput("name", "collaboration.name.taken");
        }
        Collaboration saved = collaborations.save(
                new Collaboration(UUID.randomUUID(), c.name(), c.ownerBody(), c.description(), null));
        audit.created(saved.id(), "collaboration", saved.id(), saved.name(), saved.summary());
        return saved.summary();
    }

    @Transactional
    public CollaborationSummary updateCollaboration(UUID id, CollaborationCommand c) {
        Collaboration before = collaborations.findById(id).orElseThrow(CollaborationNotFound::new);
        if (!before.name().equals(c.name()) && collaborations.existsByName(c.name())) {
            throw new InvalidInput("name", "collaboration.name.taken");
        }
        Collaboration after =
                collaborations.save(new Collaboration(id, c.name(), c.ownerBody(), c.description(), before.version()));
        audit.updated(id, "collaboration", id, after.name(), before.summary(), after.summary());
        return after.summary();
    }

    // --- organisations

    public List<OrganisationSummary> organisations(UUID collaborationId) {
        return organisations.findByCollaborationIdOrderByName(collaborationId).stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    public OrganisationSummary organisation(UUID collaborationId, UUID id) {
        return organisations
                .findByIdAndCollaborationId(id, collaborationId)
                .map(OrganisationSummary::of)
                .orElseThrow(OrganisationNotFound::new);
    }

    @Transactional
    public OrganisationSummary createOrganisation(UUID collaborationId, OrganisationCommand c) {
        return create(collaborationId, c, "");
    }

    /** Adds a municipality from the shipped register, with its earlier numbers and populations. */
    @Transactional
    public OrganisationSummary addMunicipalityFromRegister(UUID collaborationId, String municipalityNumber) {
        ReferenceRegister.Found found = register.find(municipalityNumber)
                .orElseThrow(() -> new InvalidInput("municipalityNumber", "organisation.municipalityNumber.unknown"));
        OrganisationCommand command =
                new OrganisationCommand(OrganisationKind.MUNICIPALITY, found.name(), found.number(), null, "", "", "");
        OrganisationSummary created = create(collaborationId, command, found.formerNumbers());
        found.populations()
                .forEach((year, people) ->
                        population.put(collaborationId, created.id(), year, people, PopulationFigures.Source.SSB));
        return created;
    }

    private OrganisationSummary create(UUID collaborationId, OrganisationCommand c, String formerNumbers) {
        checkUnique(collaborationId, null, c);
        Organisation saved = organisations.save(Organisation.create(collaborationId, c, formerNumbers));
        audit.created(collaborationId, "organisation", saved.id(), saved.name(), OrganisationSummary.of(saved));
        return OrganisationSummary.of(saved);
    }

    @Transactional
    public OrganisationSummary updateOrganisation(UUID collaborationId, UUID id, OrganisationCommand c) {
        Organisation before =
                organisations.findByIdAndCollaborationId(id, collaborationId).orElseThrow(OrganisationNotFound::new);
        checkUnique(collaborationId, id, c);
        Organisation after = organisations.save(before.update(c));
        audit.updated(
                collaborationId,
                "organisation",
                id,
                after.name(),
                OrganisationSummary.of(before),
                OrganisationSummary.of(after));
        return OrganisationSummary.of(after);
    }

    private void checkUnique(UUID collaborationId, @Nullable UUID self, OrganisationCommand c) {
        for (Organisation other : organisations.findByCollaborationIdOrderByName(collaborationId)) {
            if (other.id().equals(self)) {
                continue;
            }
            if (c.municipalityNumber() != null && c.municipalityNumber().equals(other.municipalityNumber())) {
                throw new InvalidInput("municipalityNumber", "organisation.municipalityNumber.taken", other.name());
            }
            if (c.organisationNumber() != null && c.organisationNumber().equals(other.organisationNumber())) {
                throw new InvalidInput("organisationNumber", "organisation.organisationNumber.taken", other.name());
            }
        }
    }

    public List<ContactPerson> contactPersons(UUID collaborationId, UUID organisationId) {
        organisation(collaborationId, organisationId);
        return jdbc.sql("select id, name, title, email, phone from member.contact_person where organisation_id = ?"
                        + " order by name")
                .param(organisationId)
                .query(ContactPerson.class)
                .list();
    }

    @Transactional
    public ContactPerson addContactPerson(
            UUID collaborationId, UUID organisationId, String name, String title, String email, String phone) {
        organisation(collaborationId, organisationId);
        if (name.isBlank()) {
            throw new InvalidInput("name", "form.required");
        }
        if (!email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("email", "form.email.invalid");
        }
        ContactPerson person =
                new ContactPerson(UUID.randomUUID(), name.strip(), title.strip(), email.strip(), phone.strip());
        jdbc.sql("insert into member.contact_person (id, organisation_id, name, title, email, phone)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(person.id(), organisationId, person.name(), person.title(), person.email(), person.phone())
                .update();
        audit.created(collaborationId, "contactPerson", person.id(), person.name(), person);
        return person;
    }

    @Transactional
    public void removeContactPerson(UUID collaborationId, UUID organisationId, UUID personId) {
        ContactPerson person = contactPersons(collaborationId, organisationId).stream()
                .filter(p -> p.id().equals(personId))
                .findFirst()
                .orElseThrow(OrganisationNotFound::new);
        jdbc.sql("delete from member.contact_person where id = ? and organisation_id = ?")
                .params(personId, organisationId)
                .update();
        audit.deleted(collaborationId, "contactPerson", personId, person.name(), person);
    }

    // --- memberships

    public List<MembershipSummary> memberships(UUID collaborationId) {
        Map<UUID, Organisation> orgs = organisationsById(collaborationId);
        return memberships.findByCollaborationIdOrderByValidFrom(collaborationId).stream()
                .map(m -> summary(m, orgOf(orgs, m.organisationId())))
                .sorted(Comparator.comparing(MembershipSummary::organisationName)
                        .thenComparing(MembershipSummary::validFrom))
                .toList();
    }

    public List<MembershipSummary> membershipsOf(UUID collaborationId, UUID organisationId) {
        Organisation org = organisations
                .findByIdAndCollaborationId(organisationId, collaborationId)
                .orElseThrow(OrganisationNotFound::new);
        return memberships.findByOrganisationIdOrderByValidFrom(organisationId).stream()
                .map(m -> summary(m, org))
                .toList();
    }

    public MembershipSummary membership(UUID collaborationId, UUID id) {
        Membership m =
                memberships.findByIdAndCollaborationId(id, collaborationId).orElseThrow(MembershipNotFound::new);
        return summary(m, organisations.findById(m.organisationId()).orElseThrow(OrganisationNotFound::new));
    }

    /** Who was a member or partner on a date: history stays true. */
    public List<MembershipSummary> membersOn(UUID collaborationId, LocalDate date) {
        return memberships(collaborationId).stream()
                .filter(m -> m.activeOn(date))
                .toList();
    }

    @Transactional
    public MembershipSummary addMembership(UUID collaborationId, MembershipCommand c) {
        Organisation org = organisations
                .lockInCollaboration(c.organisationId(), collaborationId)
                .orElseThrow(OrganisationNotFound::new);
        checkNoOverlap(org.id(), null, c);
        Membership saved = memberships.save(new Membership(
                UUID.randomUUID(), collaborationId, org.id(), c.kind(), c.validFrom(), c.validTo(), c.note(), null));
        MembershipSummary summary = summary(saved, org);
        audit.created(collaborationId, "membership", saved.id(), org.name(), summary);
        return summary;
    }

    @Transactional
    public MembershipSummary updateMembership(UUID collaborationId, UUID id, MembershipCommand c) {
        Membership before =
                memberships.findByIdAndCollaborationId(id, collaborationId).orElseThrow(MembershipNotFound::new);
        if (!before.organisationId().equals(c.organisationId())) {
            throw new InvalidInput("organisationId", "membership.organisationFixed");
        }
        Organisation org = organisations
                .lockInCollaboration(before.organisationId(), collaborationId)
                .orElseThrow(OrganisationNotFound::new);
        checkNoOverlap(org.id(), id, c);
        Membership after = memberships.save(before.with(c));
        audit.updated(collaborationId, "membership", id, org.name(), summary(before, org), summary(after, org));
        return summary(after, org);
    }

    @Transactional
    public void deleteMembership(UUID collaborationId, UUID id) {
        Membership m =
                memberships.findByIdAndCollaborationId(id, collaborationId).orElseThrow(MembershipNotFound::new);
        Organisation org = organisations.findById(m.organisationId()).orElseThrow(OrganisationNotFound::new);
        memberships.delete(m);
        audit.deleted(collaborationId, "membership", id, org.name(), summary(m, org));
    }

    private void checkNoOverlap(UUID organisationId, @Nullable UUID self, MembershipCommand c) {
        boolean overlaps = memberships.findByOrganisationIdOrderByValidFrom(organisationId).stream()
                .filter(m -> !m.id().equals(self) && m.kind() == c.kind())
                .anyMatch(m -> m.overlaps(c.validFrom(), c.validTo()));
        if (overlaps) {
            throw new InvalidInput("validFrom", "membership.overlap");
        }
    }

    /**
     * Merges municipalities into a successor: each open membership of a merging municipality ends
     * the day before, the municipality is marked as merged, and the successor becomes a member
     * from that date unless it already is.
     */
    @Transactional
    public void merge(UUID collaborationId, MergerCommand c) {
        Organisation successor = organisations
                .lockInCollaboration(c.successorId(), collaborationId)
                .orElseThrow(() -> new InvalidInput("successorId", "merger.successorUnknown"));
        LocalDate lastDay = c.effective().minusDays(1);
        for (UUID id : c.merging()) {
            Organisation org = organisations
                    .lockInCollaboration(id, collaborationId)
                    .orElseThrow(() -> new InvalidInput("merging", "merger.municipalityUnknown"));
            if (org.endedOn() != null) {
                throw new InvalidInput("merging", "merger.alreadyMerged", org.name());
            }
            for (Membership m : memberships.findByOrganisationIdOrderByValidFrom(id)) {
                if (m.validTo() == null || m.validTo().isAfter(lastDay)) {
                    if (!m.validFrom().isBefore(c.effective())) {
                        throw new InvalidInput("effective", "merger.membershipStartsLater", org.name());
                    }
                    Membership ended = memberships.save(m.endingOn(lastDay));
                    audit.updated(
                            collaborationId, "membership", m.id(), org.name(), summary(m, org), summary(ended, org));
                }
            }
            Organisation merged = organisations.save(org.mergedInto(successor.id(), lastDay));
            audit.updated(
                    collaborationId,
                    "organisation",
                    id,
                    org.name() + " → " + successor.name(),
                    OrganisationSummary.of(org),
                    OrganisationSummary.of(merged));
        }
        boolean successorIsMember = memberships.findByOrganisationIdOrderByValidFrom(successor.id()).stream()
                .anyMatch(m -> m.kind() == MembershipKind.MEMBER && m.overlaps(c.effective(), c.effective()));
        if (!successorIsMember) {
            Membership joined = memberships.save(new Membership(
                    UUID.randomUUID(),
                    collaborationId,
                    successor.id(),
                    MembershipKind.MEMBER,
                    c.effective(),
                    null,
                    "",
                    null));
            audit.created(collaborationId, "membership", joined.id(), successor.name(), summary(joined, successor));
        }
    }

    /** Member municipalities with the parts of the year they were members, for cost sharing. */
    public List<MemberPeriod> municipalMembersDuring(UUID collaborationId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<UUID, Organisation> orgs = organisationsById(collaborationId);
        Map<UUID, List<MemberPeriod.Period>> periods = new LinkedHashMap<>();
        for (Membership m : memberships.findByCollaborationIdOrderByValidFrom(collaborationId)) {
            Organisation org = orgs.get(m.organisationId());
            if (m.kind() != MembershipKind.MEMBER
                    || org == null
                    || org.kind() != OrganisationKind.MUNICIPALITY
                    || !m.overlaps(first, last)) {
                continue;
            }
            LocalDate from = m.validFrom().isBefore(first) ? first : m.validFrom();
            LocalDate to = m.validTo() == null || m.validTo().isAfter(last) ? last : m.validTo();
            periods.computeIfAbsent(org.id(), k -> new ArrayList<>()).add(new MemberPeriod.Period(from, to));
        }
        return periods.entrySet().stream()
                .map(e -> {
                    Organisation org = orgOf(orgs, e.getKey());
                    return new MemberPeriod(
                            org.id(), org.name(), String.valueOf(org.municipalityNumber()), e.getValue());
                })
                .sorted(Comparator.comparing(MemberPeriod::municipalityNumber))
                .toList();
    }

    // --- population

    public Map<UUID, Integer> populations(UUID collaborationId, int year) {
        return population.forYear(collaborationId, year);
    }

    public List<Integer> populationYears(UUID collaborationId) {
        return population.years(collaborationId);
    }

    /** The municipalities of the collaboration with their figure for a year (or none). */
    public List<PopulationRow> populationTable(UUID collaborationId, int year) {
        Map<UUID, Integer> figures = population.forYear(collaborationId, year);
        Map<UUID, String> sources = jdbc
                .sql("select organisation_id, source from member.population_figure"
                        + " where collaboration_id = ? and year = ?")
                .params(collaborationId, year)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return organisations.findByCollaborationIdOrderByName(collaborationId).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .map(o -> new PopulationRow(
                        o.id(),
                        o.name(),
                        String.valueOf(o.municipalityNumber()),
                        year,
                        figures.get(o.id()),
                        sources.get(o.id())))
                .toList();
    }

    public List<PopulationRow> populationHistory(UUID collaborationId, UUID organisationId) {
        organisation(collaborationId, organisationId);
        return population.history(organisationId);
    }

    @Transactional
    public void setPopulation(UUID collaborationId, UUID organisationId, int year, int people) {
        Organisation org = organisations
                .findByIdAndCollaborationId(organisationId, collaborationId)
                .orElseThrow(OrganisationNotFound::new);
        if (org.kind() != OrganisationKind.MUNICIPALITY) {
            throw new InvalidInput("organisationId", "population.onlyMunicipalities");
        }
        if (year < 1838 || year > 2200) {
            throw new InvalidInput("year", "population.year.invalid");
        }
        if (people < 0) {
            throw new InvalidInput("population", "population.negative");
        }
        Integer before = population.put(collaborationId, organisationId, year, people, PopulationFigures.Source.MANUAL);
        String summary = org.name() + " " + year;
        if (before == null) {
            audit.created(
                    collaborationId,
                    "populationFigure",
                    organisationId + "/" + year,
                    summary,
                    Map.of("population", people));
        } else {
            audit.updated(
                    collaborationId,
                    "populationFigure",
                    organisationId + "/" + year,
                    summary,
                    Map.of("population", before),
                    Map.of("population", people));
        }
    }

    /** Imports {@code kommunenummer;år;innbyggere}: all rows or none, with a report per row. */
    @Transactional
    public PopulationImport.Report importPopulation(UUID collaborationId, Reader csv) {
        List<Organisation> municipalities = organisations.findByCollaborationIdOrderByName(collaborationId).stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .toList();
        PopulationImport.Report report = populationImport.parse(csv, municipalities);
        if (report.ok()) {
            for (PopulationImport.Row row : report.rows()) {
                population.put(
                        collaborationId,
                        row.organisationId(),
                        row.year(),
                        row.population(),
                        PopulationFigures.Source.IMPORT);
            }
            audit.created(
                    collaborationId,
                    "populationImport",
                    report.rows().size(),
                    report.rows().size() + " rows",
                    report.rows());
        }
        return report;
    }

    public List<ReferenceMunicipality> referenceMunicipalities() {
        return register.municipalities2024();
    }

    public List<ReferenceMunicipality> referenceMunicipalities2019() {
        return register.municipalities2019();
    }

    private Map<UUID, Organisation> organisationsById(UUID collaborationId) {
        return organisations.findByCollaborationIdOrderByName(collaborationId).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    private static Organisation orgOf(Map<UUID, Organisation> orgs, UUID id) {
        Organisation org = orgs.get(id);
        if (org == null) {
            throw new OrganisationNotFound();
        }
        return org;
    }

    private static MembershipSummary summary(Membership m, Organisation org) {
        return new MembershipSummary(
                m.id(),
                org.id(),
                org.name(),
                org.kind(),
                org.municipalityNumber(),
                m.kind(),
                m.validFrom(),
                m.validTo(),
                m.note());
    }
}
