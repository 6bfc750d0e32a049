package no.lokta.knowledge.consultation.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A document to add to a consultation. */
record DocumentForm(@Nullable MultipartFile file) {

    static DocumentForm empty() {
        return new DocumentForm(null);
    }
}
