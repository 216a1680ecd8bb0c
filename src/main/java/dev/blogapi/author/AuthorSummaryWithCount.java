package dev.blogapi.author;

/** Query projection: an author and their public post count. */
public record AuthorSummaryWithCount(String slug, String name, long postCount) {}
