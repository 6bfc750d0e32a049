package no.lokta.network;

import java.util.UUID;

/** A person as the network pages show them: an account of the people module. */
public record NetworkPerson(UUID accountId, String name, String email) {}
