// Opens a large built archive in headless Chromium and checks what only size brings out: a reader pages through the
// most mentioned person's mentions with the page links, and a search for them downloads little of the index.
// Usage: node archive.mjs SITE_FOLDER MAX_SEARCH_KB > results.json
// Prints one JSON object: { checks: [{ name, passed, detail }] }. ArchiveBrowserTests (tests/SiteGen.Tests) runs it.
import { resolve } from "node:path";
import { serve } from "./serve.mjs";
import { launch, check, checks, expect } from "./checks.mjs";

const [siteArg, maxSearchArg] = process.argv.slice(2);
if (!siteArg || !maxSearchArg) {
  console.error("usage: node archive.mjs SITE_FOLDER MAX_SEARCH_KB");
  process.exit(2);
}

const maxPageBytes = 500 * 1024;
const server = await serve(resolve(siteArg));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

function sentSince(mark, prefix) {
  return server.sent.slice(mark).filter((s) => s.path.startsWith(prefix)).reduce((sum, s) => sum + s.bytes, 0);
}

try {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
  await page.goto(base + "people/index.html");
  const person = page.locator("main .person-list a").first();
  const name = (await person.innerText()).trim();

  await check("a reader pages through the most mentioned person's mentions", async () => {
    await person.click();
    const total = parseInt((await page.locator("#mentions-heading .meta").innerText()).replace(/[^0-9]/g, ""), 10);
    expect(await page.locator("head link[rel=next]").count() === 1, "the first page has no <link rel=next>");
    expect(await page.locator("#shares-heading").count() === 1, "the first page has no summary by outlet");
    let pages = 1, listed = 0, largest = 0, label = "";
    for (;;) {
      listed += await page.locator("#mentions-heading ~ .outlet-mentions li").count();
      largest = Math.max(largest, server.sent.filter((s) => s.path.endsWith(".html")).at(-1).bytes);
      label = await page.locator(".pages [aria-current=page]").innerText();
      expect(label === String(pages), `page ${pages} says it is page ${label}`);
      const next = page.locator(".pages a[rel=next]");
      if (await next.count() === 0) break;
      await next.click();
      await page.waitForLoadState();
      pages++;
    }
    expect(pages > 1, `${name}'s ${total} mentions fit one page`);
    expect(listed === total, `${listed} mentions listed on ${pages} pages, the heading says ${total}`);
    expect(largest <= maxPageBytes, `a page of ${largest} bytes`);
    await page.locator(".pages a[rel=prev]").click();
    expect(await page.locator(".pages [aria-current=page]").innerText() === String(pages - 1), "the previous page is not the one before");
    return `${name}: ${total} mentions on ${pages} pages, each listed once; the largest page ${Math.round(largest / 1024)} KB`;
  });

  await check("a search in the archive downloads little", async () => {
    await page.goto(base + "index.html");
    const mark = server.sent.length;
    const input = page.locator("#search-input");
    await input.waitFor({ state: "visible", timeout: 30000 });
    await input.fill(name);
    await page.locator("#search-results a").first().waitFor({ timeout: 30000 });
    const first = (await page.locator("#search-results a").first().innerText()).replace(/\s+/g, " ");
    const shown = await page.locator("#search-results a").count();
    const bytes = sentSince(mark, "/data/search/");
    const files = server.sent.slice(mark).filter((s) => s.path.startsWith("/data/search/")).length;
    expect(first.includes(name), `the first result for "${name}" is "${first}"`);
    expect(bytes <= parseInt(maxSearchArg, 10) * 1024, `${Math.round(bytes / 1024)} KB downloaded`);
    return `"${name}" → ${first}; ${shown} results from ${files} files, ${Math.round(bytes / 1024)} KB of the index`;
  });
} finally {
  await browser.close();
  server.close();
}

process.stdout.write(JSON.stringify({ checks }, null, 2) + "\n");
