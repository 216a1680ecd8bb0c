package dev.blogapi.post;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The password a reader gives to unlock a password-protected post, as WordPress's REST API takes it
 * ({@code ?password=}), or in a header, which stays out of logs and caches' keys.
 */
class PostPassword {

    @Parameter(
            description =
                    "Unlocks a password-protected post or page (visibility password); a wrong one"
                            + " is a 403. Prefer the X-Post-Password header, which stays out of"
                            + " access logs.")
    @QueryParam("password")
    String query;

    @Parameter(description = "Unlocks a password-protected post or page, like ?password=")
    @HeaderParam("X-Post-Password")
    String header;

    /** The password given, the header's first; null when none. */
    String value() {
        return header != null ? header : query;
    }
}
