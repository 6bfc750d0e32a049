package no.lokta.platform.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.lokta.platform.web.InvalidInput;

/**
 * The files a person may upload (order attachments, project documents): PDF, Word, Excel,
 * OpenDocument text and spreadsheet, PNG, JPEG and plain text, at most {@link #MAX_BYTES} bytes. A file is known by its name's extension and must
 * begin the way such a file begins; the type stored is the one its extension names, never the one
 * the browser sent.
 */
public final class Uploads {

    /** 5 MB, the same as the multipart limit of the application. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final int MAX_NAME = 200;

    public static final String FIELD = "file";

    /** The kinds of content, by how they begin. */
    enum Content {
        PDF,
        ZIP,
        PNG,
        JPEG,
        TEXT
    }

    record Type(String contentType, Content content) {}

    /** A checked file: its cleaned name and its content type. */
    public record Checked(String fileName, String contentType) {}

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final Map<String, Type> BY_EXTENSION = Map.of(
            "pdf", new Type("application/pdf", Content.PDF),
            "docx", new Type(DOCX, Content.ZIP),
            "xlsx", new Type(XLSX, Content.ZIP),
            "odt", new Type("application/vnd.oasis.opendocument.text", Content.ZIP),
            "ods", new Type("application/vnd.oasis.opendocument.spreadsheet", Content.ZIP),
            "png", new Type("image/png", Content.PNG),
            "jpg", new Type("image/jpeg", Content.JPEG),
            "jpeg", new Type("image/jpeg", Content.JPEG),
            "txt", new Type("text/plain;charset=UTF-8", Content.TEXT));

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private Uploads() {}

    /** Checks a file as sent, or throws with one message for the field {@value #FIELD}. */
    public static Checked check(String rawName, byte[] content) {
        String name = cleanName(rawName);
        if (name.isEmpty()) {
            throw new InvalidInput(FIELD, "upload.required");
        }
        if (content.length == 0) {
            throw new InvalidInput(FIELD, "upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput(FIELD, "upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new InvalidInput(FIELD, "upload.nameTooLong", MAX_NAME);
        }
        Type type = extension(name).map(BY_EXTENSION::get).orElseThrow(() -> new InvalidInput(FIELD, "upload.type"));
        if (!matches(type.content(), content)) {
            throw new InvalidInput(FIELD, "upload.content");
        }
        return new Checked(name, type.contentType());
    }

    /**
     * The name without folders (a browser may send a whole path), control and direction
     * characters, characters that some systems refuse in names, or leading dots; any run of white
     * space is one space.
     */
    public static String cleanName(String raw) {
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!clean.isEmpty() && clean.charAt(clean.length() - 1) != ' ') {
                    clean.append(' ');
                }
            } else if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED) {
                return;
            } else if ("<>:\"|?*".indexOf(c) >= 0) {
                clean.append('_');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String result = clean.toString().strip();
        int start = 0;
        while (start < result.length() && result.charAt(start) == '.') {
            start++;
        }
        return result.substring(start).strip();
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the content begins the way the kind of file does. */
    static boolean matches(Content kind, byte[] content) {
        return switch (kind) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case ZIP -> startsWith(content, ZIP_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPEG -> startsWith(content, JPEG_MAGIC);
            case TEXT -> isText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Valid UTF-8 without NUL characters. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
