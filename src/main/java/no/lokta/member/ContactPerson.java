package no.lokta.member;

import java.util.UUID;

/** A contact person of an organisation (invented people only in demo data). */
public record ContactPerson(UUID id, String name, String title, String email, String phone) {}
