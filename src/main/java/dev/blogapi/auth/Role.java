package dev.blogapi.auth;

/** What a token may do; the names are the Quarkus Security roles of its identity. */
public enum Role {
    admin,
    author,
    /**
     * Reads gated content whole and writes nothing: for a front end's server that has checked its
     * own members.
     */
    reader;

    /** The role names, for {@code @RolesAllowed}. */
    public static final String ADMIN = "admin";

    public static final String AUTHOR = "author";

    public static final String READER = "reader";
}
