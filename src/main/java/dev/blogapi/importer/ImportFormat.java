package dev.blogapi.importer;

/**
 * One kind of document {@code POST /api/v1/import} takes, as a bean in the format's own package: it
 * recognises its documents and imports them (through the {@link ImportPipeline}, or, for this
 * service's own export, by restoring rows). {@link ImportFormats} asks every format, so adding an
 * engine adds a package and changes nothing here (docs/architecture.md, "Adding an engine").
 */
public interface ImportFormat {

    /** The format's name in messages and the import metrics: feed, wordpress, ghost… */
    String name();

    /** Whether {@code document} is one of this format's. */
    boolean reads(ImportDocument document);

    /**
     * True for the one format of a syntax that takes what no other recognises (a plain feed for
     * XML, this service's export for JSON): it is asked last.
     */
    default boolean fallback() {
        return false;
    }

    /** Imports {@code document} as {@code options} ask (a dry run writes nothing). */
    ImportReport importDocument(ImportDocument document, ImportOptions options);
}
