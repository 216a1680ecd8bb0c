package dev.blogapi.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Without BLOG_ADMIN_TOKEN there is no built-in default: the first start mints a random admin
 * token, prints it once, and keeps only its hash.
 */
@ApplicationScoped
class InitialAdminToken {

    void onStart(@Observes StartupEvent event, TokenService tokens) {
        if (tokens.adminTokenConfigured()) {
            return;
        }
        String secret = tokens.mintInitialAdmin();
        if (secret != null) {
            // Printed rather than logged: it must reach the operator once and stay out of log
            // shipping.
            System.out.printf(
                    "%n==== No BLOG_ADMIN_TOKEN set: minted an admin token. It is shown only this once:%n"
                            + "==== %s%n==== Keep it safe; revoke it with DELETE /api/v1/tokens/{id} once you have others.%n%n",
                    secret);
        }
    }
}
