// A small client of the blog content API, for pages on any origin: public reads need no token
// and are answered with Access-Control-Allow-Origin: *.

/** The API's address: ?api=… on this page, else the page's own origin. */
export function apiBase(location) {
  const given = new URLSearchParams(location.search).get("api");
  return (given ?? location.origin).replace(/\/$/, "");
}

/** GET a JSON answer; a problem document's detail becomes the error's message. */
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? `${response.status} from ${url}`);
  }
  return { body: await response.json(), headers: response.headers };
}

/** The URL of a Link header's rel, e.g. next; null when the header has none. */
export function linkTo(header, rel) {
  for (const part of (header ?? "").split(",")) {
    const match = part.match(/<([^>]+)>\s*;\s*rel="?([^";]+)"?/);
    if (match && match[2] === rel) {
      return match[1];
    }
  }
  return null;
}
