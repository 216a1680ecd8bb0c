package dev.blogapi.common.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The export format has one version: the document says so, as the restore checks it. */
final class ExportVersion {

    private ExportVersion() {}

    static void pin(Map<String, Schema> schemas) {
        Schema export = schemas.get("Export");
        if (export != null && export.getProperties().get("version") != null) {
            export.getProperties().get("version").enumeration(List.of(1));
        }
    }
}
