package dev.blogapi.importer;

/** An item that cannot be imported, and why; the rest of the document still is. */
public class ItemFailure extends RuntimeException {

    public ItemFailure(String reason) {
        super(reason, null, false, false);
    }
}
