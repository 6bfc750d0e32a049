package no.lokta.platform.mail;

import no.lokta.platform.demo.DemoMode;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What Løkta has sent, or would send, on behalf of the current collaboration. In demo mode it also
 * shows mails that belong to no collaboration (password resets), so that a first user can follow
 * the links without a mail server.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private final OutboxEntries entries;
    private final MailOutbox outbox;
    private final DemoMode demo;
    private final Tenancy tenancy;

    OutboxController(OutboxEntries entries, MailOutbox outbox, DemoMode demo, Tenancy tenancy) {
        this.entries = entries;
        this.outbox = outbox;
        this.demo = demo;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") String page, Model model) {
        CollaborationAccess access = tenancy.require(Role.COORDINATOR);
        OutboxEntries.Page result = entries.find(access.collaborationId(), demo.enabled(), pageNumber(page));
        model.addAttribute("result", result);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        model.addAttribute("demo", demo.enabled());
        return "platform/outbox";
    }

    /** A page number from the address; anything else means the first page. */
    private static int pageNumber(String page) {
        return page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
    }
}
