package dev.blogapi.importer;

/** An item that cannot be imported, and why; the rest of the document still is. */
class ItemFailure extends RuntimeException {

    ItemFailure(String reason) {
        super(reason, null, false, false);
    }
}
