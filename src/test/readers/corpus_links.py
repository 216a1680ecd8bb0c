"""Reads feeds with Debian's python3-feedparser and prints, as JSON, where each item says it lives
and what its body holds.

usage: corpus_links.py FEED_FILE...
prints {"FEED_FILE": [{"id": guid or id or null, "link": absolute link or null, "body": the
item's content or summary, whichever is fuller, as the feed has it}]}
A relative item link (feedparser resolves xml:base itself) is made absolute against the feed's
link, as RFC 3986 section 5 says a reader does. An empty link (href="") resolves to the feed
document itself, which is no item's address: it counts as no link.
"""
import json
import re
import sys
from urllib.parse import urljoin

import feedparser


def links(path):
    with open(path, "rb") as document:
        data = document.read()
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    feed_link = parsed.feed.get("link") or ""
    root_base = re.search(rb'<(?:feed|rss|rdf:RDF)\b[^>]*\bxml:base="([^"]+)"', data)
    document_address = root_base.group(1).decode("utf-8", "replace") if root_base else None
    found = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if link and feed_link:
            link = urljoin(feed_link, link)
        if link and link == document_address:
            link = ""
        # The fuller of content and summary: feedparser also files stray nested elements (an
        # og:description inside an item) as content, where a feed's own content is the fuller.
        bodies = [part.get("value") or "" for part in entry.get("content") or []]
        body = max(bodies + [entry.get("summary") or ""], key=len)
        found.append({"id": entry.get("id") or None, "link": link or None, "body": body or ""})
    return found


print(json.dumps({path: links(path) for path in sys.argv[1:]}))
