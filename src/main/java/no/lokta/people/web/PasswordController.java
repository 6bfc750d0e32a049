package no.lokta.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import no.lokta.people.PasswordResets;
import no.lokta.people.PasswordResets.LinkState;
import no.lokta.platform.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot password": ask for a link by mail, then choose a new password through it. */
@Controller
@RequestMapping("/password")
class PasswordController {

    private final PasswordResets resets;

    PasswordController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/forgot")
    String newForm(Model model) {
        model.addAttribute("forgotForm", ForgotForm.empty());
        return "people/password/forgot";
    }

    /** Answers the same whether the address has an account or not. */
    @PostMapping("/forgot")
    String create(@Valid @ModelAttribute("forgotForm") ForgotForm form, BindingResult errors, Locale locale) {
        if (errors.hasErrors()) {
            return "people/password/forgot";
        }
        resets.requestReset(form.emailOrEmpty(), locale);
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/reset")
    String editForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        LinkState state = resets.check(token);
        if (state != LinkState.VALID) {
            return invalid(state, model, response);
        }
        model.addAttribute("resetForm", ResetForm.forToken(token));
        return "people/password/reset";
    }

    @PostMapping("/reset")
    String update(
            @Valid @ModelAttribute("resetForm") ResetForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        String token = form.tokenOrEmpty();
        LinkState state = resets.check(token);
        if (state != LinkState.VALID) {
            return invalid(state, model, response);
        }
        if (errors.hasErrors()) {
            return "people/password/reset";
        }
        try {
            state = resets.reset(token, String.valueOf(form.password()), String.valueOf(form.repeat()));
        } catch (InvalidInput e) {
            e.addTo(errors);
            return "people/password/reset";
        }
        if (state != LinkState.VALID) {
            return invalid(state, model, response);
        }
        return "redirect:/login?reset";
    }

    /** A link that no longer works: 410 if it did once, 404 if it never did. */
    private static String invalid(LinkState state, Model model, HttpServletResponse response) {
        response.setStatus(state == LinkState.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("state", state);
        return "people/password/invalid";
    }
}
