package no.lokta.knowledge.document.web;

import jakarta.validation.constraints.Size;
import no.lokta.knowledge.document.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A new version of a document: the file and what changed. */
record VersionForm(
        @Nullable MultipartFile file,

        @Size(max = Upload.MAX_NOTE) @Nullable String note) {

    static VersionForm empty() {
        return new VersionForm(null, "");
    }
}
