package dev.blogapi.auth;

/** What a token may do; the names are the Quarkus Security roles of its identity. */
public enum Role {
    admin,
    author;

    /** The role names, for {@code @RolesAllowed}. */
    public static final String ADMIN = "admin";

    public static final String AUTHOR = "author";
}
