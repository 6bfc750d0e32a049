package no.lokta.project.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import no.lokta.project.calendar.WheelItemCommand;
import no.lokta.project.calendar.WheelItemSummary;
import no.lokta.project.calendar.WheelKind;
import org.jspecify.annotations.Nullable;

/** The coordinator's form for a duty of the year; the day may be left empty. */
record WheelItemForm(
        @NotBlank @Size(max = WheelItemCommand.MAX_TITLE) @Nullable
        String title,

        @NotNull @Nullable WheelKind kind,
        @NotNull @Nullable Integer month,
        @Nullable Integer day,
        @Size(max = WheelItemCommand.MAX_TEXT) @Nullable String description) {

    static WheelItemForm empty() {
        return new WheelItemForm("", WheelKind.OTHER, null, null, "");
    }

    static WheelItemForm from(WheelItemSummary i) {
        return new WheelItemForm(i.title(), i.kind(), i.month(), i.day(), i.description());
    }

    /** Called once bean validation passed. */
    WheelItemCommand toCommand() {
        return new WheelItemCommand(
                text(title), Objects.requireNonNull(kind), Objects.requireNonNull(month), day, text(description));
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
