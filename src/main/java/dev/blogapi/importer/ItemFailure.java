package dev.blogapi.importer;

/** An item that cannot be imported; the rest of the document still is. */
class ItemFailure extends Exception {

    ItemFailure(String reason) {
        super(reason, null, false, false);
    }
}
