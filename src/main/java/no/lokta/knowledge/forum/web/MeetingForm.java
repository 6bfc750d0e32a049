package no.lokta.knowledge.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import no.lokta.knowledge.forum.MeetingCommand;
import no.lokta.knowledge.forum.MeetingSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting: a day, a start and an end time, a place and the agenda. */
record MeetingForm(
        @NotBlank @Size(max = 200) @Nullable String title,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate day,

        @NotNull @DateTimeFormat(pattern = "HH:mm") @Nullable
        LocalTime startTime,

        @NotNull @DateTimeFormat(pattern = "HH:mm") @Nullable
        LocalTime endTime,

        @Size(max = 200) @Nullable String place,
        @Size(max = 10_000) @Nullable String agenda) {

    static MeetingForm empty(LocalDate day) {
        return new MeetingForm("", day, LocalTime.of(10, 0), LocalTime.of(15, 0), "", "");
    }

    static MeetingForm from(MeetingSummary m) {
        return new MeetingForm(
                m.title(),
                m.startsAt().toLocalDate(),
                m.startsAt().toLocalTime(),
                m.endsAt().toLocalTime(),
                m.place(),
                m.agenda());
    }

    MeetingCommand toCommand() {
        LocalDate on = Objects.requireNonNull(day);
        return new MeetingCommand(
                ForumForm.text(title),
                on.atTime(Objects.requireNonNull(startTime)),
                on.atTime(Objects.requireNonNull(endTime)),
                ForumForm.text(place),
                ForumForm.text(agenda));
    }
}
