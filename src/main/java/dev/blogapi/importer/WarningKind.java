package dev.blogapi.importer;

import java.util.Locale;

/** What an import warns about: something imported differently from the source. */
public enum WarningKind {
    /** The sanitiser took markup out of a body. */
    REMOVED_MARKUP,
    /** Characters XML 1.0 forbids were dropped from the document. */
    FORBIDDEN_CHARACTERS,
    /** The source gave no readable date. */
    UNDATED,
    /** The source gave no title; one was taken from the body. */
    UNTITLED,
    /** A value was shortened to fit. */
    SHORTENED,
    /** A shortcode no import knows was left in the body as text. */
    UNKNOWN_SHORTCODE,
    /** A block or card the engine renders when it serves a page had nothing saved to keep. */
    DROPPED_BLOCK,
    /** A gallery named an attachment the export does not hold. */
    MISSING_ATTACHMENT,
    /** An item private at its source, kept as a draft: only tokens see it here. */
    PRIVATE;

    /** The kind as the report writes it: {@code removed-markup}, {@code undated}… */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@code warning} is of this kind. */
    public boolean of(ImportReport.Warning warning) {
        return wireName().equals(warning.kind());
    }
}
