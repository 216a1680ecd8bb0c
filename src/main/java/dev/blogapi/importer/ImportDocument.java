package dev.blogapi.importer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A document handed to an import, read once by its syntax before any format looks at it: an XML
 * feed (RSS, Atom, a WordPress export, a Blogger backup) or a JSON document (a Ghost export, this
 * service's own export).
 */
public sealed interface ImportDocument {

    /** An RSS or Atom document, read strictly (see {@link FeedDocuments}). */
    record Xml(FeedDocuments.FeedDocument feed) implements ImportDocument {}

    /** A JSON document, as parsed. */
    record Json(JsonNode tree) implements ImportDocument {}
}
