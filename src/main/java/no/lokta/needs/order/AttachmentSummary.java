package no.lokta.needs.order;

import java.time.LocalDateTime;
import java.util.UUID;

/** A file attached to an order, without its content: name, type, size, who and when. */
public record AttachmentSummary(
        UUID id,
        UUID orderId,
        String fileName,
        String contentType,
        int sizeBytes,
        UUID uploadedBy,
        String uploadedByName,
        LocalDateTime uploadedAt) {

    private static final int KB = 1024;
    private static final int MB = 1024 * 1024;

    /** Under a megabyte: the message key for kilobytes, else for megabytes. */
    public String sizeKey() {
        return sizeBytes < MB ? "order.attachments.sizeKb" : "order.attachments.sizeMb";
    }

    /** The size in the unit of {@link #sizeKey()}, rounded up to a tenth so a small file is never 0 kB. */
    public double sizeInUnit() {
        double unit = sizeBytes < MB ? KB : MB;
        return Math.ceil(sizeBytes * 10 / unit) / 10;
    }
}
