package no.lokta.finance;

/** The running costs to be shared for a year, in whole kroner. */
public record Budget(int year, long amount, String note) {}
