#!/usr/bin/env python3
"""Writes an RSS 2.0 feed of N items in the old blog's shape, for import benchmarks.

usage: generate-feed.py N [CATEGORIES] [FIRST] > feed.rss
  CATEGORIES: how many categories the items are filed under (6 by default, two per item);
  FIRST: the number of the first item (0 by default), for a second feed of other posts.
"""
import datetime
import sys
import uuid
from xml.sax.saxutils import escape

BODY = ("<p>Item {n}: I&#8217;ve tried three honing guides &amp; returned two.</p>"
        "<pre>angle = 25 &lt; 30 &amp;&amp; burr &gt; 0</pre><p>Straße, naïve, 日本語 🪵</p>")
CATEGORIES = ["Tools", "Technique", "Projects", "Wood", "Meta", "Finishing"]


def main(count, categories=6, first=0):
    names = CATEGORIES + ["Category %d" % i for i in range(len(CATEGORIES), categories)]
    names = names[:categories]
    start = datetime.datetime(2007, 1, 1, tzinfo=datetime.timezone.utc)
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
              "<title>Bench</title><link>http://notes.example.org/blog/</link>"
              "<language>en-us</language><ttl>40</ttl><description>Generated</description>\n")
    for n in range(first, first + count):
        date = start + datetime.timedelta(hours=7 * n)
        slug = "generated-post-%d" % n
        out.write("<item><title>Generated post %d</title><description>%s</description>"
                  "<pubDate>%s</pubDate><guid isPermaLink=\"false\">urn:uuid:%s</guid>"
                  "<author>Author %d</author><link>http://notes.example.org/blog/articles/%s/%s</link>"
                  % (n, escape(BODY.format(n=n)), date.strftime("%a, %d %b %Y %H:%M:%S +0000"),
                     uuid.UUID(int=n + 1), n % 7, date.strftime("%Y/%m/%d"), slug))
        for category in (names[n % len(names)], names[(n + 2) % len(names)]):
            out.write("<category>%s</category>" % category)
        out.write("</item>\n")
    out.write("</channel></rss>\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), *(int(arg) for arg in sys.argv[2:]))
