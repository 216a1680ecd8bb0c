package dev.blogapi.auth;

public enum Role {
    admin,
    author
}
