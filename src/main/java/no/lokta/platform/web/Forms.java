package no.lokta.platform.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The save step of a form page: save when the form is valid, else show the form again. */
public final class Forms {

    /** A change that may refuse its input with {@link InvalidInput}. */
    @FunctionalInterface
    public interface Change {
        void apply();
    }

    private Forms() {}

    /**
     * Applies the change when the form passed validation. A refusal's field problems go onto the
     * form; false means: show the form again, nothing was changed. True puts {@code saved} in the
     * flash of the page redirected to.
     */
    public static boolean saved(BindingResult result, RedirectAttributes redirect, Change change) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            change.apply();
            redirect.addFlashAttribute("saved", true);
            return true;
        } catch (InvalidInput e) {
            e.addTo(result);
            return false;
        }
    }
}
