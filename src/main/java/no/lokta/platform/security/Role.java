package no.lokta.platform.security;

/** The roles a person can hold in one collaboration (DOMAIN.md, "Who uses it"). */
public enum Role {
    COORDINATOR,
    MUNICIPALITY_CONTACT,
    RESOURCE_GROUP_MEMBER,
    PARTICIPANT,
    PARTNER;

    /** Key of the role's name in the message bundles. */
    public String messageKey() {
        return "role." + name();
    }
}
