package no.lokta.programme.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.OrganisationKind;
import no.lokta.member.OrganisationSummary;
import no.lokta.network.NetworkManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.Audience;
import no.lokta.programme.ProgrammeFilter;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.ProgrammePage;
import no.lokta.programme.RegistrationCommand;
import no.lokta.programme.RegistrationSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public programme, open without sign-in, and a signed-in person's own registration. The
 * programme page reads three statements (the page with its sessions, and the networks and the
 * organisations of the collaboration for the filters), the activity page at most three (the
 * activity, the names of organisations with reserved seats, the person's own registration).
 */
@Controller
@RequestMapping("/programme")
class ProgrammeController {

    static final int PAGE_SIZE = 25;
    static final int MONTH_PAGE_SIZE = 300;

    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final NetworkManagement networks;
    private final Tenancy tenancy;

    ProgrammeController(
            ProgrammeManagement programme, MemberManagement members, NetworkManagement networks, Tenancy tenancy) {
        this.programme = programme;
        this.members = members;
        this.networks = networks;
        this.tenancy = tenancy;
    }

    static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(ActivityKind.values()).forEach(k -> kinds.put(k.name(), k.messageKey()));
        return kinds;
    }

    static Map<String, String> audiences() {
        Map<String, String> audiences = new LinkedHashMap<>();
        Arrays.stream(Audience.values()).forEach(a -> audiences.put(a.name(), a.messageKey()));
        return audiences;
    }

    /**
     * The programme as a list (paged) or a month grid. Networks and municipalities are those of
     * one collaboration: the one asked for, else the one the signed-in person works in; without
     * one, those two filters are not offered.
     */
    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "list") String view,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(required = false) @Nullable String collaboration,
            Model model) {
        UUID collaborationId = uuid(collaboration);
        if (collaborationId == null) {
            collaborationId =
                    tenancy.current().map(CollaborationAccess::collaborationId).orElse(null);
        }
        Map<UUID, String> networkNames = collaborationId == null ? Map.of() : networks.networkNames(collaborationId);
        List<OrganisationSummary> municipalities = collaborationId == null
                ? List.of()
                : members.organisations(collaborationId).stream()
                        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                        .toList();
        // an id from elsewhere narrows nothing: only the collaboration's own networks and members count
        UUID asked = uuid(network);
        UUID networkId = asked != null && networkNames.containsKey(asked) ? asked : null;
        UUID organisationId = municipalities.stream()
                .map(OrganisationSummary::id)
                .filter(id -> id.equals(uuid(municipality)))
                .findFirst()
                .orElse(null);
        boolean monthView = "month".equals(view);
        YearMonth shownMonth = month(month);
        if (monthView && shownMonth == null) {
            shownMonth = YearMonth.from(programme.now());
        }
        ActivityKind kindValue = value(ActivityKind.class, kind);
        Audience audienceValue = value(Audience.class, audience);
        ProgrammePage result = programme.programme(new ProgrammeFilter(
                collaborationId,
                networkId,
                kindValue,
                audienceValue,
                organisationId,
                shownMonth,
                monthView ? 0 : number(page),
                monthView ? MONTH_PAGE_SIZE : PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("activities", result.activities());
        model.addAttribute("kinds", kinds());
        model.addAttribute("audiences", audiences());
        model.addAttribute("networks", networkNames);
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("kind", kindValue == null ? "" : kindValue.name());
        model.addAttribute("audience", audienceValue == null ? "" : audienceValue.name());
        model.addAttribute("network", networkId == null ? "" : networkId.toString());
        model.addAttribute("municipality", organisationId == null ? "" : organisationId.toString());
        model.addAttribute("month", shownMonth == null ? "" : shownMonth.toString());
        model.addAttribute("view", monthView ? "month" : "list");
        model.addAttribute("collaboration", collaborationId);
        model.addAttribute("organisationNames", names(municipalities));
        model.addAttribute("selectedOrganisation", organisationId);
        if (monthView) {
            YearMonth m = java.util.Objects.requireNonNull(shownMonth);
            model.addAttribute("calendar", MonthCalendar.of(m, result.activities()));
            model.addAttribute("previousMonth", m.minusMonths(1).toString());
            model.addAttribute("nextMonth", m.plusMonths(1).toString());
        }
        return "programme/list";
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        ActivitySummary activity = programme.publicActivity(id);
        model.addAttribute("activity", activity);
        model.addAttribute("descriptionHtml", Markdown.html(activity.description()));
        // one statement for the names of all organisations with reserved seats
        Map<UUID, String> names =
                activity.quotas().isEmpty() ? Map.of() : names(members.organisations(activity.collaborationId()));
        Map<String, Integer> reserved = new LinkedHashMap<>();
        activity.quotas()
                .forEach((organisationId, seats) -> reserved.put(names.getOrDefault(organisationId, ""), seats));
        model.addAttribute("reserved", reserved);
        model.addAttribute("registrationOpen", activity.registrationOpenAt(programme.now()));
        LoktaUser user = tenancy.user().orElse(null);
        RegistrationSummary mine =
                user == null ? null : programme.registrationOf(id, user.email()).orElse(null);
        model.addAttribute("registration", mine);
        model.addAttribute(
                "mySite",
                mine == null || mine.siteId() == null
                        ? null
                        : activity.sites().stream()
                                .filter(s -> s.id().equals(mine.siteId()))
                                .findFirst()
                                .orElse(null));
        return "programme/show";
    }

    /**
     * The signed-in person registers themself, for the organisation they belong to there, and for
     * a site where the activity gathers at several.
     */
    @PostMapping("/activities/{id}/registrations")
    String register(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String siteId,
            RedirectAttributes redirect) {
        LoktaUser user = tenancy.requireUser();
        ActivitySummary activity = programme.publicActivity(id);
        UUID organisationId = user.accessTo(activity.collaborationId())
                .map(CollaborationAccess::organisationId)
                .orElse(null);
        try {
            UUID site = siteId == null || siteId.isBlank() ? null : uuid(siteId);
            if (siteId != null && !siteId.isBlank() && site == null) {
                throw new InvalidInput("siteId", "registration.site.unknown");
            }
            RegistrationSummary registered = programme.register(new RegistrationCommand(
                    id, user.accountId(), user.displayName(), user.email(), organisationId, site));
            redirect.addFlashAttribute("outcome", registered.status().name());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/programme/activities/" + id + "#register";
    }

    private static Map<UUID, String> names(List<OrganisationSummary> organisations) {
        Map<UUID, String> names = new LinkedHashMap<>();
        organisations.forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private static @Nullable YearMonth month(String month) {
        try {
            YearMonth m = month.isBlank() ? null : YearMonth.parse(month.strip());
            return m == null || m.getYear() < 2000 || m.getYear() > 2200 ? null : m;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String page) {
        try {
            return Math.clamp(Integer.parseInt(page.strip()), 0, 10_000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
