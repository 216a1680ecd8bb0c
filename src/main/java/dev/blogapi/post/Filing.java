package dev.blogapi.post;

/**
 * A label posts are filed under: a category (post_category, V13), a tag (post_tag, V14) or an
 * author, co-authors included (post_author, V21). Each filing carries its post's publication time
 * while the post is published, so one label's public posts are walked newest first through its
 * {@code *_published_idx} instead of every post, and the writes keep how many each label has in
 * {@code post_tally} under its scope (V11).
 */
public enum Filing {
    CATEGORY("category", "post_category", "category_id", "c"),
    TAG("tag", "post_tag", "tag_id", "t"),
    AUTHOR("author", "post_author", "author_id", "u");

    /** The label's table, also the name of the list filter's parameter holding its slug. */
    final String labels;

    final String table;
    final String column;
    final String scope;

    Filing(String labels, String table, String column, String scope) {
        this.labels = labels;
        this.table = table;
        this.column = column;
        this.scope = scope;
    }

    /** The id of the label whose slug is the parameter named after its table. */
    String labelBySlug() {
        return "(select x.id from " + labels + " x where x.slug = :" + labels + ")";
    }

    /** Filings walked as {@code pc}: the public list of one label, newest first. */
    String walked() {
        return "pc." + column + " = " + labelBySlug() + " and pc.published_at <= :now";
    }

    /** The posts filed under one label, as a condition on {@code p}. */
    String filter() {
        return "p.id in (select f.post_id from "
                + table
                + " f where f."
                + column
                + " = "
                + labelBySlug()
                + ")";
    }

    /** How many public posts the label has, from the tallies (scheduled ones still included). */
    String tally() {
        return "(select t.published from post_tally t where t.scope = '"
                + scope
                + "' and t.key = "
                + labelBySlug()
                + ")";
    }

    /** Per label id ({@code k}), how many of its posts are scheduled ({@code n}). */
    String scheduledPerLabel() {
        return "select f."
                + column
                + " as k, count(*) as n from post p join "
                + table
                + " f on f.post_id = p.id where p.kind = 'post' and "
                + PostListQuery.SCHEDULED
                + " group by 1";
    }
}
