// Checks one feed with a second, independent reader from npm: rss-parser for RSS and Atom,
// @extractus/feed-extractor for JSON Feed. Copied next to its node_modules and run as
//   node node_check.mjs FEED_FILE EXPECTED_JSON rss|atom|json
// Exits non-zero, saying why, on a parser error or any difference from the JSON API's facts.
import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
import { extractFromJson } from '@extractus/feed-extractor';

const [feedFile, expectedFile, format] = process.argv.slice(2);
const text = readFileSync(feedFile, 'utf8');
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const seconds = (date) => (date ? Math.floor(new Date(date).getTime() / 1000) : null);
const categoryName = (c) => (typeof c === 'string' ? c : c?.$?.label ?? c?.$?.term ?? c?._ ?? String(c));

let entries;
if (format === 'json') {
  const feed = extractFromJson(JSON.parse(text), {
    normalization: true,
    getExtraEntryFields: (item) => ({ guid: item.id, authors: item.authors, tags: item.tags }),
  });
  entries = feed.entries.map((e) => ({
    title: e.title, url: e.link, guid: e.guid, published: seconds(e.published),
    author: e.authors?.[0]?.name, categories: e.tags ?? [],
  }));
} else {
  // rss-parser reads RSS categories itself; Atom's <category term label> it only keeps when asked.
  const options = format === 'atom' ? { customFields: { item: [['category', 'atomCategories', { keepArray: true }]] } } : {};
  const feed = await new Parser(options).parseString(text);
  entries = feed.items.map((item) => ({
    title: item.title, url: item.link, guid: format === 'rss' ? item.guid : item.id,
    published: seconds(item.isoDate), author: item.author ?? item.creator,
    categories: (item.atomCategories ?? item.categories ?? []).map(categoryName),
  }));
}

const problems = [];
if (entries.length !== expected.length) problems.push(`entries: ${entries.length}, expected ${expected.length}`);
entries.forEach((got, i) => {
  const want = expected[i];
  if (!want) return;
  for (const key of Object.keys(want)) {
    if (JSON.stringify(got[key]) !== JSON.stringify(want[key])) {
      problems.push(`${want.guid}: ${key} is ${JSON.stringify(got[key])}, expected ${JSON.stringify(want[key])}`);
    }
  }
});
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
console.log(`${format === 'json' ? 'feed-extractor' : 'rss-parser'}: ${entries.length} entries match`);
