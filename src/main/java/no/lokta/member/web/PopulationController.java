package no.lokta.member.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lokta.member.MemberManagement;
import no.lokta.member.PopulationImport;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Population per municipality and year: the table, single edits and the CSV import. */
@Controller
class PopulationController {

    private final MemberManagement members;
    private final Tenancy tenancy;

    PopulationController(MemberManagement members, Tenancy tenancy) {
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping("/population")
    String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        int shown = year != null ? year : LocalDate.now().getYear();
        model.addAttribute("year", shown);
        model.addAttribute("rows", members.populationTable(collaborationId, shown));
        model.addAttribute("years", members.populationYears(collaborationId));
        return "member/population/list";
    }

    @PostMapping("/population/{organisationId}/{year}")
    String update(
            @PathVariable UUID organisationId,
            @PathVariable int year,
            @RequestParam(defaultValue = "") String population,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        String digits = population.replace(" ", "").replace("\u00a0", "");
        try {
            if (!digits.matches("\\d{1,9}")) {
                throw new InvalidInput(
                        "population", digits.startsWith("-") ? "population.negative" : "population.notNumber");
            }
            members.setPopulation(collaborationId, organisationId, year, Integer.parseInt(digits));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/population?year=" + year;
        } catch (InvalidInput e) {
            model.addAttribute("rowError", organisationId);
            model.addAttribute("rowErrorKey", e.errors().getFirst().messageKey());
            model.addAttribute("rowErrorValue", population);
            return list(year, model);
        }
    }

    @GetMapping("/population/import")
    String importForm() {
        tenancy.require(Role.COORDINATOR);
        return "member/population/import";
    }

    @PostMapping("/population/import")
    String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        PopulationImport.Report report;
        if (file == null || file.isEmpty()) {
            report = new PopulationImport.Report(
                    List.of(), List.of(new PopulationImport.Problem(0, "population.import.noFile", List.of())));
        } else {
            try (Reader reader = new InputStreamReader(
                    file.getInputStream(),
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT))) {
                report = members.importPopulation(collaborationId, reader);
            } catch (CharacterCodingException e) {
                report = new PopulationImport.Report(
                        List.of(), List.of(new PopulationImport.Problem(0, "population.import.encoding", List.of())));
            } catch (IOException e) {
                report = new PopulationImport.Report(
                        List.of(), List.of(new PopulationImport.Problem(0, "population.import.unreadable", List.of())));
            }
        }
        model.addAttribute("report", report);
        return "member/population/import";
    }
}
