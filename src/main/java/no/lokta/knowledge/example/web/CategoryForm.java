package no.lokta.knowledge.example.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.lokta.knowledge.example.ExampleManagement;
import org.jspecify.annotations.Nullable;

/** The name of a new category. */
record CategoryForm(
        @NotBlank @Size(max = ExampleManagement.MAX_CATEGORY) @Nullable
        String name) {

    static CategoryForm empty() {
        return new CategoryForm("");
    }

    String text() {
        return name == null ? "" : name;
    }
}
