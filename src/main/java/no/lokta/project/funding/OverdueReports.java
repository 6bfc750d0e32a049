package no.lokta.project.funding;

import java.time.format.DateTimeFormatter;
import java.util.List;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.Role;
import no.lokta.platform.web.FrontPageNotice;
import org.springframework.stereotype.Component;

/** Flags each overdue reporting duty on a coordinator's front page. */
@Component
class OverdueReports implements FrontPageNotice {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final FundingManagement funding;

    OverdueReports(FundingManagement funding) {
        this.funding = funding;
    }

    @Override
    public List<Notice> noticesFor(CollaborationAccess access) {
        if (!access.has(Role.COORDINATOR)) {
            return List.of();
        }
        return funding.overdue(access.collaborationId(), funding.today()).stream()
                .map(d -> new Notice(
                        "duty.overdue.notice",
                        List.of(d.what(), d.projectName(), DATE.format(d.dueOn())),
                        "/projects/" + d.projectId() + "/funding#duties"))
                .toList();
    }
}
