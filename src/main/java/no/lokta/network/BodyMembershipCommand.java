package no.lokta.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.lokta.platform.web.InvalidInput;
import no.lokta.platform.web.InvalidInput.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A person joins a body of a network in a role for a period (both days included; no end means
 * ongoing). A participant team is named by its organisation.
 */
public record BodyMembershipCommand(
        BodyKind body,
        @Nullable UUID organisationId,
        UUID accountId,
        BodyRole role,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public BodyMembershipCommand {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == BodyKind.PARTICIPANT_TEAM && organisationId == null) {
            problems.add(new FieldProblem("organisationId", "network.membership.organisation.required"));
        }
        if (body != BodyKind.PARTICIPANT_TEAM && organisationId != null) {
            problems.add(new FieldProblem("organisationId", "network.membership.organisation.onlyTeams"));
        }
        if (role == BodyRole.USER_REPRESENTATIVE && body != BodyKind.RESOURCE_GROUP) {
            problems.add(new FieldProblem("role", "network.membership.userRepresentative.onlyResourceGroup"));
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new FieldProblem("validTo", "network.membership.period.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
