package no.lokta.knowledge.agreement;

import java.time.LocalDate;
import java.util.Locale;

/** One of the minimum topics of the Health and Care Services Act § 6-2, with the day it came into force. */
public record AgreementTopic(int point, String nameNb, String nameEn, LocalDate inForceFrom) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNb;
    }

    public boolean inForceOn(LocalDate date) {
        return !inForceFrom.isAfter(date);
    }
}
