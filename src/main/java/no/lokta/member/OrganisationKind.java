package no.lokta.member;

/** The kinds of organisation in DOMAIN.md: members and partners of a collaboration. */
public enum OrganisationKind {
    MUNICIPALITY,
    HOSPITAL_TRUST,
    REGIONAL_HEALTH_AUTHORITY,
    COUNTY_GOVERNOR,
    COLLEGE_UNIVERSITY,
    STUDY_CENTRE,
    USER_ORGANISATION,
    VOLUNTARY_ORGANISATION,
    EMPLOYEE_ORGANISATION,
    EMPLOYER_ORGANISATION;

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
