package no.lokta.knowledge.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.lokta.knowledge.forum.ForumMember;
import no.lokta.knowledge.forum.MemberCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A member of a forum. */
record MemberForm(
        @NotNull @Nullable UUID groupId,
        @NotBlank @Size(max = 200) @Nullable String name,
        @Nullable UUID organisationId,
        @Size(max = 200) @Nullable String title,
        @Size(max = 254) @Nullable String email,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate fromDate,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate toDate) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm(null, "", null, "", "", today, null);
    }

    static MemberForm from(ForumMember m) {
        return new MemberForm(
                m.groupId(), m.name(), m.organisationId(), m.title(), m.email(), m.fromDate(), m.toDate());
    }

    MemberCommand toCommand() {
        return new MemberCommand(
                Objects.requireNonNull(groupId),
                ForumForm.text(name),
                organisationId,
                ForumForm.text(title),
                ForumForm.text(email),
                Objects.requireNonNull(fromDate),
                toDate);
    }
}
