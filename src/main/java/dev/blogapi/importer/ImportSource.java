package dev.blogapi.importer;

/**
 * One kind of document an import reads: a plain RSS or Atom feed, a WordPress export, a Blogger
 * backup, a Ghost export. A source only maps its format, item by item, into the {@link ImportRun}:
 * duplicate guids, the tally, warnings, batching, the dry run and writing through the post store
 * are the pipeline's ({@link ImportPipeline}). Adding an engine means one new source (see
 * docs/architecture.md, "Adding an engine").
 */
public interface ImportSource {

    /** The source's name in the import metrics: feed, wordpress, blogger, ghost. */
    String name();

    /**
     * The old blog's own identity, the same in every export of it (WordPress's site address,
     * Ghost's database hash, a feed's link); null when the document gives none. Posts are
     * remembered by it, so a later import of the same blog can tell which ones it no longer has.
     */
    default String origin() {
        return null;
    }

    /**
     * Where the old blog served its files: its site addresses (a file under one of their hosts is
     * the blog's own, to bring along when an import asks for media; a relative reference is read
     * against the first), or a host starting with a dot, its subdomains included (Blogger's image
     * hosts).
     */
    default java.util.List<String> fileAddresses() {
        return java.util.List.of();
    }

    /**
     * The files the document lists on their own, referenced or not (WordPress's attachments):
     * brought along too when an import asks for media.
     */
    default java.util.Collection<String> attachments() {
        return java.util.List.of();
    }

    /** Maps every item of the document into {@code run}: accepted, skipped or failed. */
    void readInto(ImportRun run);
}
