package no.lokta.knowledge.news.web;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import no.lokta.knowledge.news.NewsManagement;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsletter, without sign-in: subscribe with an address, confirm by the mailed link, and
 * unsubscribe by the link in every newsletter. A wrong or used link is not found. Confirming and
 * unsubscribing are a button on the link's page, so that a mail program opening the link changes
 * nothing.
 */
@Controller
@RequestMapping("/knowledge/news")
class SubscriptionController {

    private final NewsManagement news;
    private final MemberManagement members;
    private final Tenancy tenancy;

    SubscriptionController(NewsManagement news, MemberManagement members, Tenancy tenancy) {
        this.news = news;
        this.members = members;
        this.tenancy = tenancy;
    }

    @GetMapping("/subscribe")
    String subscribeForm(@RequestParam(required = false) @Nullable String collaboration, Model model) {
        model.addAttribute("subscribeForm", SubscribeForm.empty());
        return subscribePage(collaboration(collaboration), model);
    }

    @PostMapping("/subscribe")
    String subscribe(
            @RequestParam(required = false) @Nullable String collaboration,
            @Valid @ModelAttribute("subscribeForm") SubscribeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationSummary c = collaboration(collaboration);
        if (Forms.saved(result, redirect, () -> news.subscribe(c.id(), Objects.requireNonNull(form.email())))) {
            redirect.addFlashAttribute("asked", true);
            return "redirect:/knowledge/news/subscribe?collaboration=" + c.id();
        }
        return subscribePage(c, model);
    }

    private String subscribePage(CollaborationSummary c, Model model) {
        model.addAttribute("collaboration", c);
        return "knowledge/news/subscribe";
    }

    @GetMapping("/subscribe/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        model.addAttribute("collaboration", members.collaboration(news.confirmationFor(token)));
        model.addAttribute("token", token);
        return "knowledge/news/confirm";
    }

    @PostMapping("/subscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("collaboration", members.collaboration(news.confirm(token)));
        model.addAttribute("done", true);
        return "knowledge/news/confirm";
    }

    @GetMapping("/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        model.addAttribute("collaboration", members.collaboration(news.unsubscriptionFor(token)));
        model.addAttribute("token", token);
        return "knowledge/news/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("collaboration", members.collaboration(news.unsubscribe(token)));
        model.addAttribute("done", true);
        return "knowledge/news/unsubscribe";
    }

    /** The collaboration asked for, else the signed-in person's; without either there is nothing to subscribe to. */
    private CollaborationSummary collaboration(@Nullable String asked) {
        UUID id = NewsController.uuid(asked);
        if (id == null) {
            id = tenancy.current()
                    .map(CollaborationAccess::collaborationId)
                    .orElseThrow(no.lokta.knowledge.news.NewsNotFound::new);
        }
        return members.collaboration(id);
    }
}
