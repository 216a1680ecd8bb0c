package dev.blogapi.importer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.Callable;

/**
 * One unit of an import (a batch of items, one restored post) in a transaction of its own:
 * committed, or for a dry run rolled back once its answer is known, so that a dry run takes every
 * step the import would (lookups, slugs, constraints) and writes nothing.
 */
public final class ImportTransaction {

    private ImportTransaction() {}

    public static <T> T run(boolean dryRun, Callable<T> work) {
        if (!dryRun) {
            return QuarkusTransaction.requiringNew().call(work);
        }
        try {
            QuarkusTransaction.requiringNew()
                    .call(
                            () -> {
                                throw new RolledBack(work.call());
                            });
        } catch (RolledBack rolledBack) {
            @SuppressWarnings("unchecked")
            T answer = (T) rolledBack.answer;
            return answer;
        }
        throw new IllegalStateException("a dry run's transaction ended without rolling back");
    }

    /** Carries the answer out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private final transient Object answer;

        RolledBack(Object answer) {
            super("dry run", null, false, false);
            this.answer = answer;
        }
    }
}
