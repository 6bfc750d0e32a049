package no.lokta.programme.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.programme.ProgrammeManagement;
import no.lokta.programme.attendance.AttendanceList;
import no.lokta.programme.attendance.AttendanceManagement;
import no.lokta.programme.attendance.Checklist;
import no.lokta.programme.attendance.ImportReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's attendance pages: an activity's overview (sessions, no-shows, certificates)
 * and a session's check-list, saved as a whole, per tick with htmx, or from an uploaded list.
 */
@Controller
@RequestMapping("/programme/manage/activities/{id}")
class AttendanceController {

    private final AttendanceManagement attendance;
    private final ProgrammeManagement programme;
    private final Tenancy tenancy;

    AttendanceController(AttendanceManagement attendance, ProgrammeManagement programme, Tenancy tenancy) {
        this.attendance = attendance;
        this.programme = programme;
        this.tenancy = tenancy;
    }

    @GetMapping("/attendance")
    String overview(@PathVariable UUID id, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("activity", programme.activity(collaborationId, id));
        model.addAttribute("participants", attendance.overview(collaborationId, id));
        return "programme/attendance/overview";
    }

    @GetMapping("/sessions/{sessionId}/attendance")
    String checklist(@PathVariable UUID id, @PathVariable UUID sessionId, Model model) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        model.addAttribute("list", attendance.checklist(collaborationId, id, sessionId));
        return "programme/attendance/checklist";
    }

    @PostMapping("/sessions/{sessionId}/attendance")
    String save(
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            @RequestParam(name = "present", required = false) @Nullable List<UUID> present,
            RedirectAttributes redirect) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        attendance.save(access.collaborationId(), id, sessionId, present == null ? List.of() : present, recorder());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/programme/manage/activities/" + id + "/sessions/" + sessionId + "/attendance";
    }

    /** A tick with htmx: the whole list is saved, and only the counts are sent back. */
    @HxRequest
    @PostMapping("/sessions/{sessionId}/attendance")
    String saveTick(
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            @RequestParam(name = "present", required = false) @Nullable List<UUID> present,
            Model model) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        Checklist list = attendance.save(
                access.collaborationId(), id, sessionId, present == null ? List.of() : present, recorder());
        model.addAttribute("list", list);
        model.addAttribute("saved", true);
        return "programme/attendance/checklist :: counts";
    }

    @PostMapping("/sessions/{sessionId}/attendance/upload")
    String upload(
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = tenancy.require(Role.COORDINATOR).collaborationId();
        AttendanceList.Parsed parsed;
        if (file == null || file.isEmpty()) {
            parsed = new AttendanceList.Parsed(
                    List.of(), List.of(new AttendanceList.Problem(0, "attendance.import.noFile", "")));
        } else {
            try {
                String name = file.getOriginalFilename();
                parsed = AttendanceList.read(name == null ? "" : name, file.getBytes());
            } catch (IOException e) {
                parsed = new AttendanceList.Parsed(
                        List.of(), List.of(new AttendanceList.Problem(0, "attendance.import.unreadable", "")));
            }
        }
        ImportReport report = attendance.importList(collaborationId, id, sessionId, parsed, recorder());
        if (report.accepted()) {
            redirect.addFlashAttribute("imported", report.marked());
            return "redirect:/programme/manage/activities/" + id + "/sessions/" + sessionId + "/attendance";
        }
        model.addAttribute("list", attendance.checklist(collaborationId, id, sessionId));
        model.addAttribute("report", report);
        return "programme/attendance/checklist";
    }

    private UUID recorder() {
        return tenancy.requireUser().accountId();
    }
}
