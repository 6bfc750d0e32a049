package no.lokta.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import no.lokta.people.ApiTokenNotFound;
import no.lokta.people.ApiTokens;
import no.lokta.people.NewApiToken;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A coordinator's personal API tokens. A new token's value is on the answer to the form itself,
 * not behind a redirect, so that it is never kept in the session and is shown exactly once.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Tenancy tenancy;

    ApiTokenController(ApiTokens tokens, Tenancy tenancy) {
        this.tokens = tokens;
        this.tenancy = tenancy;
    }

    @GetMapping
    String list(Model model) {
        LoktaUser user = coordinator();
        model.addAttribute("tokenForm", ApiTokenForm.empty());
        model.addAttribute("tokens", tokens.list(user.accountId()));
        return "people/account/tokens";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("tokenForm") ApiTokenForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        LoktaUser user = coordinator();
        if (!errors.hasErrors()) {
            try {
                NewApiToken created = tokens.create(user.accountId(), String.valueOf(form.name()));
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                model.addAttribute("created", created);
                model.addAttribute("tokenForm", ApiTokenForm.empty());
            } catch (InvalidInput e) {
                e.addTo(errors);
            }
        }
        model.addAttribute("tokens", tokens.list(user.accountId()));
        return "people/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String delete(@PathVariable String id) {
        LoktaUser user = coordinator();
        tokens.revoke(user.accountId(), parse(id));
        return "redirect:/account/tokens?revoked";
    }

    private LoktaUser coordinator() {
        tenancy.require(Role.COORDINATOR);
        return tenancy.requireUser();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiTokenNotFound();
        }
    }
}
