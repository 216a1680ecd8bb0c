"""Writes a whole-blog export of N posts (and N/100 pages) in an engine's own format, for
bench/import-exports.sh: bodies of about 1.5 KB, three categories or tags each, two authors.
usage: generate-exports.py wxr|ghost|blogger N > file
"""
import json
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

kind, count = sys.argv[1], int(sys.argv[2])
start = datetime(2012, 1, 1, tzinfo=timezone.utc)
body = ("<p>" + "A paragraph about chisels, planes, sharpening stones and the patience a "
        "workshop asks for. " * 10 + "</p>") * 2
pages = max(1, count // 100)


def at(i):
    return start + timedelta(hours=3 * i)


def wxr():
    out = ['<?xml version="1.0" encoding="UTF-8" ?>',
           '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"'
           ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
           ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">',
           '<channel><title>Bench</title><link>http://notes.example.org/blog</link>'
           '<description>d</description><wp:wxr_version>1.2</wp:wxr_version>',
           '<wp:author><wp:author_login>ada</wp:author_login><wp:author_display_name>Ada Lindqvist'
           '</wp:author_display_name></wp:author>']
    for i in range(count + pages):
        page = i >= count
        d = at(i)
        out.append(
            '<item><title>Bench %s %d</title><link>http://notes.example.org/blog/%s/bench-%d/</link>'
            '<pubDate>%s</pubDate><dc:creator>ada</dc:creator>'
            '<guid isPermaLink="false">http://notes.example.org/blog/?p=%d</guid><description></description>'
            '<content:encoded>%s</content:encoded><excerpt:encoded></excerpt:encoded>'
            '<wp:post_id>%d</wp:post_id><wp:post_date_gmt>%s</wp:post_date_gmt>'
            '<wp:post_name>bench-%d</wp:post_name><wp:status>publish</wp:status>'
            '<wp:post_type>%s</wp:post_type>'
            '<category domain="category" nicename="c%d">Category %d</category>'
            '<category domain="post_tag" nicename="t%d">Tag %d</category>'
            '<category domain="post_tag" nicename="t%d">Tag %d</category></item>'
            % ("page" if page else "post", i, d.strftime("%Y/%m/%d"), i,
               d.strftime("%a, %d %b %Y %H:%M:%S +0000"), i + 1, escape(body), i + 1,
               d.strftime("%Y-%m-%d %H:%M:%S"), i, "page" if page else "post",
               i % 20, i % 20, i % 50, i % 50, (i + 7) % 50, (i + 7) % 50))
    out.append('</channel></rss>')
    return "\n".join(out)


def ghost():
    posts, links, tag_links = [], [], []
    for i in range(count + pages):
        pid = "%024x" % (i + 1)
        posts.append({"id": pid, "uuid": "00000000-0000-4000-8000-%012d" % i,
                      "title": "Bench %d" % i, "slug": "bench-%d" % i, "html": body,
                      "plaintext": None, "type": "page" if i >= count else "post",
                      "status": "published", "visibility": "public",
                      "created_at": at(i).isoformat().replace("+00:00", ".000Z"),
                      "updated_at": at(i).isoformat().replace("+00:00", ".000Z"),
                      "published_at": at(i).isoformat().replace("+00:00", ".000Z"),
                      "custom_excerpt": None})
        links.append({"id": "a%d" % i, "post_id": pid, "author_id": "u%d" % (i % 2), "sort_order": 0})
        tag_links.append({"id": "t%d" % i, "post_id": pid, "tag_id": "g%d" % (i % 50), "sort_order": 0})
    data = {"posts": posts, "posts_authors": links, "posts_tags": tag_links,
            "tags": [{"id": "g%d" % t, "name": "Tag %d" % t, "slug": "tag-%d" % t} for t in range(50)],
            "users": [{"id": "u0", "name": "Ada Lindqvist"}, {"id": "u1", "name": "Bo Berg"}]}
    return json.dumps({"db": [{"meta": {"exported_on": 1700000000000, "version": "5.74.0"}, "data": data}]})


def blogger():
    kind_scheme = "http://schemas.google.com/g/2005#kind"
    out = ["<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
           "<id>tag:blogger.com,1999:blog-1.archive</id><updated>2024-01-01T00:00:00Z</updated>"
           "<title type='text'>Bench</title><link rel='alternate' type='text/html'"
           " href='http://notes.example.org/blog/'/><author><name>Ada Lindqvist</name></author>"]
    for i in range(count + pages):
        page = i >= count
        d = at(i)
        out.append(
            "<entry><id>tag:blogger.com,1999:blog-1.%s-%d</id><published>%s</published>"
            "<updated>%s</updated><category scheme='%s' term='http://schemas.google.com/blogger/2008/kind#%s'/>"
            "<category scheme='http://www.blogger.com/atom/ns#' term='Label %d'/>"
            "<title type='text'>Bench %d</title><content type='html'>%s</content>"
            "<link rel='alternate' type='text/html' href='http://notes.example.org/blog/%s/bench-%d.html'/>"
            "<author><name>Ada Lindqvist</name></author></entry>"
            % ("page" if page else "post", i, d.isoformat(), d.isoformat(), kind_scheme,
               "page" if page else "post", i % 50, i, escape(body),
               "p" if page else d.strftime("%Y/%m"), i))
        if i % 10 == 0:
            out.append(
                "<entry><id>tag:blogger.com,1999:blog-1.post-c%d</id><published>%s</published>"
                "<updated>%s</updated><category scheme='%s' term='http://schemas.google.com/blogger/2008/kind#comment'/>"
                "<title type='text'>Nice</title><content type='html'>Nice</content>"
                "<author><name>Bo</name></author></entry>" % (i, d.isoformat(), d.isoformat(), kind_scheme))
    out.append("</feed>")
    return "".join(out)


sys.stdout.write({"wxr": wxr, "ghost": ghost, "blogger": blogger}[kind]())
