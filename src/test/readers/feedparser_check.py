"""Checks one feed with Debian's python3-feedparser against the facts the JSON API gave.

usage: feedparser_check.py FEED_FILE EXPECTED_JSON
EXPECTED_JSON: [{"title", "url", "guid", "published" (epoch seconds), "author", "categories": [names]}]
Exits non-zero, saying why, on a parser complaint (bozo) or any difference.
"""
import calendar
from datetime import datetime
import json
import sys

import feedparser


def json_feed(data):
    """Debian's feedparser 6.0.10 predates JSON Feed support, so JSON Feed 1.1 is read with the
    standard library into the same shape, checking the fields the specification requires."""
    document = json.loads(data)
    problems = []
    if document.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append("version is %r" % document.get("version"))
    if not isinstance(document.get("title"), str) or not isinstance(document.get("items"), list):
        problems.append("title and items are required")
    entries = []
    for item in document.get("items", []):
        if not isinstance(item.get("id"), str) or not ("content_html" in item or "content_text" in item):
            problems.append("item without id or content: %r" % item.get("id"))
        published = item.get("date_published")
        entries.append({
            "title": item.get("title"), "link": item.get("url"), "id": item.get("id"),
            "published_parsed": datetime.fromisoformat(published.replace("Z", "+00:00")).utctimetuple() if published else None,
            "author": (item.get("authors") or [{}])[0].get("name"),
            "tags": [{"term": tag} for tag in item.get("tags", [])],
        })
    return problems, entries


def main(feed_file, expected_file):
    with open(feed_file, "rb") as f:
        data = f.read()
    with open(expected_file, encoding="utf-8") as f:
        expected = json.load(f)
    if feed_file.endswith(".json"):
        problems, entries = json_feed(data)
    else:
        parsed = feedparser.parse(data)
        problems = ["bozo: %r" % parsed.get("bozo_exception")] if parsed.bozo else []
        entries = parsed.entries
    check(entries, expected, problems)
    if problems:
        print("\n".join(problems))
        return 1
    print("feedparser: %d entries match" % len(expected))
    return 0


def check(entries, expected, problems):
    if len(entries) != len(expected):
        problems.append("entries: %d, expected %d" % (len(entries), len(expected)))
    for entry, want in zip(entries, expected):
        tags = [t.get("label") or t.get("term") for t in entry.get("tags", [])]
        published = entry.get("published_parsed")
        got = {
            "title": entry.get("title"),
            "url": entry.get("link"),
            "guid": entry.get("id"),
            "published": calendar.timegm(published) if published else None,
            "author": entry.get("author"),
            "categories": tags,
        }
        for key, value in want.items():
            if got.get(key) != value:
                problems.append("%s: %s is %r, expected %r" % (want["guid"], key, got.get(key), value))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
