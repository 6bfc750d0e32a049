package no.lokta.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.people.ApiTokens;
import org.jspecify.annotations.Nullable;

/** The name of a new API token: what it is for, so that it can be told apart later. */
record ApiTokenForm(
        @NotBlank @Size(max = ApiTokens.MAX_NAME_LENGTH) @Nullable
        String name) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("");
    }
}
