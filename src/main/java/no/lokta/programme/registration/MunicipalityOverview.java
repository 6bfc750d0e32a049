package no.lokta.programme.registration;

import java.util.List;

/**
 * "Min kommune": the organisation's people in current and coming activities, those waiting for
 * the organisation's approval, and its reserved seats.
 */
public record MunicipalityOverview(
        String organisationName,
        List<StaffRegistration> registrations,
        List<StaffRegistration> approvals,
        List<QuotaUse> quotas) {}
