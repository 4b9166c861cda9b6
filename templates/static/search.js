// Search page only: the site reads without JavaScript; this adds full-text search when the
// Pagefind index (pagefind/) was built next to the pages. Nothing here runs on other pages.
const form = document.getElementById("search-form");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
// The search page lives at search/, so the site root is one level up, whatever path it is served under.
const siteRoot = new URL("../", document.baseURI);
const MAX_RESULTS = 20;
const MAX_SECTIONS = 3;
let engine = null;

async function pagefind() {
  if (engine === null) {
    engine = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    await engine.options({ baseUrl: siteRoot.pathname });
  }
  return engine;
}

// Pagefind's excerpt is HTML with <mark> around matches. Keep only text and those marks,
// parsed in an inert <template>, so nothing from an article can become live markup here.
function excerpt(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  }
  return out;
}

// Where in the story the words are: Pagefind splits pages at headings with ids, and each
// source on a story page has one, so a match in a source's text can link to that source.
function sectionLinks(data) {
  const sections = (data.sub_results || []).filter((sub) => sub.url.includes("#")).slice(0, MAX_SECTIONS);
  if (sections.length === 0) return [];
  const list = document.createElement("ul");
  for (const sub of sections) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = sub.url;
    link.textContent = sub.title;
    const text = document.createElement("span");
    text.append(": ", excerpt(sub.excerpt));
    item.append(link, text);
    list.append(item);
  }
  return [list];
}

function resultItem(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  const text = document.createElement("p");
  text.append(excerpt(data.excerpt));
  item.append(link, text, ...sectionLinks(data));
  return item;
}

async function run(query) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  let search;
  try {
    search = await (await pagefind()).search(query);
  } catch {
    status.textContent = "Search is not available in this copy of the site. Browse the archive, tags or sources instead.";
    return;
  }
  const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  const count = search.results.length;
  status.textContent = `${count} ${count === 1 ? "story" : "stories"} found for “${query}”.`;
  list.append(...results.map(resultItem));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value;
  history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
  run(query);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  run(initial);
}
