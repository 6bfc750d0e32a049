package no.lokta.project.work;

import java.time.LocalDate;
import no.lokta.platform.web.FieldProblems;
import org.jspecify.annotations.Nullable;

/** A subproject (delprosjekt): its number in the project, goal, leader, group, phase and status. */
public record SubprojectCommand(
        int number,
        String name,
        String goal,
        String leader,
        String groupMembers,
        ProjectPhase phase,
        SubprojectStatus status,
        @Nullable LocalDate startsOn) {

    public SubprojectCommand {
        name = name.strip();
        goal = goal.strip();
        leader = leader.strip();
        groupMembers = groupMembers.strip();
        new FieldProblems()
                .when(number < 1 || number > 999, "number", "subproject.number.range")
                .required("name", name, ProjectCommand.MAX_NAME)
                .longest("goal", goal, ProjectCommand.MAX_TEXT)
                .longest("leader", leader, 200)
                .longest("groupMembers", groupMembers, 1000)
                .throwIfAny();
    }
}
