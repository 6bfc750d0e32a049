package no.lokta.programme.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import no.lokta.programme.ActivityKind;
import no.lokta.programme.ActivitySummary;
import no.lokta.programme.ProgrammeManagement;
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

/** The public programme, open without sign-in, and a signed-in person's own registration. */
@Controller
@RequestMapping("/programme")
class ProgrammeController {

    private final ProgrammeManagement programme;
    private final MemberManagement members;
    private final Tenancy tenancy;

    ProgrammeController(ProgrammeManagement programme, MemberManagement members, Tenancy tenancy) {
        this.programme = programme;
        this.members = members;
        this.tenancy = tenancy;
    }

    static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(ActivityKind.values()).forEach(k -> kinds.put(k.name(), k.messageKey()));
        return kinds;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable ActivityKind kind,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(required = false) @Nullable UUID collaboration,
            Model model) {
        YearMonth shownMonth = month(month);
        model.addAttribute("activities", programme.programme(collaboration, kind, shownMonth));
        model.addAttribute("kinds", kinds());
        model.addAttribute("kind", kind);
        model.addAttribute("month", shownMonth == null ? "" : shownMonth.toString());
        model.addAttribute("collaboration", collaboration);
        return "programme/list";
    }

    private static @Nullable YearMonth month(String month) {
        try {
            return month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        ActivitySummary activity = programme.publicActivity(id);
        model.addAttribute("activity", activity);
        Map<String, Integer> reserved = new LinkedHashMap<>();
        activity.quotas()
                .forEach((organisationId, seats) -> reserved.put(
                        members.organisation(activity.collaborationId(), organisationId)
                                .name(),
                        seats));
        model.addAttribute("reserved", reserved);
        model.addAttribute("registrationOpen", activity.registrationOpenAt(programme.now()));
        LoktaUser user = tenancy.user().orElse(null);
        RegistrationSummary mine =
                user == null ? null : programme.registrationOf(id, user.email()).orElse(null);
        model.addAttribute("registration", mine);
        return "programme/show";
    }

    /** The signed-in person registers themself, for the organisation they belong to there. */
    @PostMapping("/activities/{id}/registrations")
    String register(@PathVariable UUID id, RedirectAttributes redirect) {
        LoktaUser user = tenancy.requireUser();
        ActivitySummary activity = programme.publicActivity(id);
        UUID organisationId = user.accessTo(activity.collaborationId())
                .map(CollaborationAccess::organisationId)
                .orElse(null);
        try {
            RegistrationSummary registered = programme.register(
                    new RegistrationCommand(id, user.accountId(), user.displayName(), user.email(), organisationId));
            redirect.addFlashAttribute("outcome", registered.status().name());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/programme/activities/" + id + "#register";
    }
}
