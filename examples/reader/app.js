import { apiBase, getJson, linkTo } from "./api.js";

const api = apiBase(window.location);
const $ = (id) => document.getElementById(id);
const LIST_FIELDS = "slug,title,excerpt,publishedAt,permalink,author";

async function showSite() {
  const { body: site } = await getJson(`${api}/api/v1/site`);
  $("site-title").textContent = site.title;
  $("site-description").textContent = site.description;
  $("feeds").replaceChildren(
    ...Object.entries(site.feeds).map(([format, url]) => {
      const link = document.createElement("a");
      link.href = url;
      link.textContent = `${format.toUpperCase()} feed`;
      link.className = "feed";
      link.style.marginRight = "1rem";
      return link;
    }),
  );
}

async function fillFilter(id, path) {
  const { body: labels } = await getJson(`${api}${path}`);
  for (const label of labels) {
    const option = document.createElement("option");
    option.value = label.slug;
    option.textContent = label.name;
    $(id).append(option);
  }
}

function firstPageUrl() {
  const query = new URLSearchParams({ size: "10", fields: LIST_FIELDS });
  if ($("category").value) query.set("category", $("category").value);
  if ($("tag").value) query.set("tag", $("tag").value);
  return `${api}/api/v1/posts?${query}`;
}

let latestList = 0;

/**
 * Shows one page of posts; the Next button follows the answer's Link header. Only the latest
 * request's answer is shown: a slower, older one (an earlier filter) must not overwrite it.
 */
async function showPage(url) {
  const request = ++latestList;
  const { body: page, headers } = await getJson(url);
  if (request !== latestList) {
    return;
  }
  $("posts").replaceChildren(
    ...page.items.map((post) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#${post.permalink}`;
      link.textContent = post.title;
      link.className = "post-link";
      link.addEventListener("click", (event) => {
        event.preventDefault();
        showPermalink(post.permalink).catch(showError);
      });
      item.append(link);
      return item;
    }),
  );
  const next = linkTo(headers.get("Link"), "next");
  $("next").hidden = next === null || page.page >= page.totalPages;
  $("next").onclick = () => showPage(next).catch(showError);
}

function showPost(post) {
  $("post").hidden = false;
  $("post-title").textContent = post.title;
  $("post-meta").textContent =
    `${post.status} · ${post.authors.map((author) => author.name).join(", ")}`;
  // The API sanitises every body with an allow-list before storing it.
  $("post-body").innerHTML = post.contentHtml;
}

/** Opens a post by its site path, as a front end routes its own URLs. */
async function showPermalink(path) {
  const { body: resolved } = await getJson(
    `${api}/api/v1/resolve?path=${encodeURIComponent(path)}`,
  );
  showPost(resolved);
}

function showError(error) {
  $("error").textContent = error.message;
}

async function main() {
  await showSite();
  await Promise.all([fillFilter("category", "/api/v1/categories"), fillFilter("tag", "/api/v1/tags")]);
  for (const id of ["category", "tag"]) {
    $(id).addEventListener("change", () => showPage(firstPageUrl()).catch(showError));
  }
  const preview = new URLSearchParams(window.location.search).get("token");
  if (preview) {
    const { body: post } = await getJson(`${api}/api/v1/previews/${encodeURIComponent(preview)}`);
    showPost(post);
  }
  await showPage(firstPageUrl());
  document.body.dataset.ready = "true";
}

main().catch(showError);
