package no.lokta.knowledge.news.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import no.lokta.knowledge.news.Audience;
import no.lokta.knowledge.news.NewsManagement;
import no.lokta.knowledge.news.NewsSummary;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.platform.web.InvalidInput;
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

/** The coordinator's news: every item with drafts, the item form, publishing, deleting and the newsletter. */
@Controller
@RequestMapping("/knowledge/news/manage")
class NewsManageController {

    private final NewsManagement news;
    private final Tenancy tenancy;

    NewsManageController(NewsManagement news, Tenancy tenancy) {
        this.news = news;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    @GetMapping
    String list(Model model) {
        UUID c = coordinator();
        model.addAttribute("items", news.items(c));
        model.addAttribute("unsent", news.unsent(c));
        model.addAttribute("subscribers", news.subscriberCount(c));
        model.addAttribute("collaboration", c);
        return "knowledge/news/manage";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        coordinator();
        model.addAttribute("newsForm", NewsForm.empty());
        model.addAttribute("audiences", Audience.values());
        return "knowledge/news/form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("newsForm") NewsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        UUID[] created = new UUID[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] = news.create(c, form.toCommand()).id())) {
            return "redirect:/knowledge/news/" + created[0];
        }
        model.addAttribute("audiences", Audience.values());
        return "knowledge/news/form";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        NewsSummary item = news.item(coordinator(), id);
        model.addAttribute("item", item);
        model.addAttribute("newsForm", NewsForm.from(item));
        model.addAttribute("audiences", Audience.values());
        return "knowledge/news/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("newsForm") NewsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID c = coordinator();
        NewsSummary item = news.item(c, id);
        if (Forms.saved(result, redirect, () -> news.update(c, id, form.toCommand()))) {
            return "redirect:/knowledge/news/" + id;
        }
        model.addAttribute("item", item);
        model.addAttribute("audiences", Audience.values());
        return "knowledge/news/form";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        news.publish(coordinator(), id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/knowledge/news/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        news.delete(coordinator(), id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/knowledge/news/manage";
    }

    @PostMapping("/newsletter")
    String newsletter(@RequestParam(name = "items", required = false) List<UUID> items, RedirectAttributes redirect) {
        UUID c = coordinator();
        try {
            int sent = news.sendNewsletter(c, items == null ? List.of() : items);
            redirect.addFlashAttribute("sent", sent);
        } catch (InvalidInput e) {
            InvalidInput.FieldProblem p = e.errors().getFirst();
            redirect.addFlashAttribute("refused", p.messageKey());
            redirect.addFlashAttribute("refusedArg", p.args().length > 0 ? String.valueOf(p.args()[0]) : "");
        }
        return "redirect:/knowledge/news/manage#newsletter";
    }
}
