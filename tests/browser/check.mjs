// Opens a built report in headless Chromium and checks what readers do with it: search, sentence links, the
// timeline, accessibility (axe-core) on every page kind, and phone and desktop screenshots.
// Usage: node check.mjs SITE_FOLDER ARTEFACTS_FOLDER > results.json
// Prints one JSON object: { checks: [{ name, passed, detail }] }. BrowserTests (tests/SiteGen.Tests) runs it.
import { readFileSync, mkdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch, check, checks, expect } from "./checks.mjs";

const [siteArg, artefactsArg] = process.argv.slice(2);
if (!siteArg || !artefactsArg) {
  console.error("usage: node check.mjs SITE_FOLDER ARTEFACTS_FOLDER");
  process.exit(2);
}

const site = resolve(siteArg);
const artefacts = resolve(artefactsArg);
mkdirSync(artefacts, { recursive: true });
const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");

// The pages of each kind that the accessibility check opens (the sample report has all of them).
const pageKinds = {
  home: "index.html",
  article: "articles/ukraine-russia-hold-largest-prisoner-swap/index.html",
  person: "people/volodymyr-zelensky/index.html",
  outlet: "outlets/kyiv-independent/index.html",
  date: "dates/2025-05-23/index.html",
  figure: "figures/1000/index.html",
  "diverging reports": "diverging-reports/index.html",
  "article index": "articles/index.html",
  "people index": "people/index.html",
  timeline: "dates/index.html",
};

const server = await serve(site);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scriptErrors = [];
  page.on("pageerror", (error) => scriptErrors.push(error.message));

  async function searchFor(query) {
    await page.goto(base + "index.html");
    const input = page.locator("#search-input");
    // Generous waits: CI runs these beside the other tests on two cores, and a wait is not a speed check.
    await input.waitFor({ state: "visible", timeout: 30000 });
    await input.fill(query);
    await page.locator("#search-results a").first().waitFor({ timeout: 30000 });
    return page.locator("#search-results a");
  }

  await check("search finds a person by an alias", async () => {
    const results = await searchFor("Zelenskiy");
    const first = await results.first().innerText();
    expect(first.includes("Volodymyr Zelensky"), `first result is "${first}"`);
    await page.locator("#search-input").press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
    expect(focused && focused.includes("Volodymyr Zelensky"), `the down arrow focused "${focused}"`);
    await Promise.all([page.waitForURL(/people\/volodymyr-zelensky\//), page.keyboard.press("Enter")]);
    return `"Zelenskiy" → ${first.replace(/\s+/g, " ")}; arrow and Enter opened ${new URL(page.url()).pathname}`;
  });

  await check("search finds a figure by value", async () => {
    const results = await searchFor("1000");
    const texts = await results.allInnerTexts();
    const figure = texts.findIndex((t) => /^FIGURE/i.test(t.trim()) && t.includes("1,000"));
    expect(figure >= 0, `no figure 1,000 among: ${texts.join(" | ")}`);
    const href = await results.nth(figure).getAttribute("href");
    expect(href.endsWith("figures/1000/index.html"), `the figure result links to ${href}`);
    return `"1000" → ${texts[figure].replace(/\s+/g, " ")} (${href})`;
  });

  await check("a sentence link scrolls to and highlights its sentence", async () => {
    await page.goto(base + pageKinds.person);
    const link = page.locator(".mentions a[href*='#s-']").first();
    const href = await link.getAttribute("href");
    await link.click();
    await page.waitForURL(/#s-\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    const state = await page.evaluate((id) => {
      const sentence = document.getElementById(id);
      const box = sentence.getBoundingClientRect();
      return {
        targeted: sentence.matches(":target"),
        background: getComputedStyle(sentence).backgroundColor,
        visible: box.bottom > 0 && box.top < window.innerHeight,
      };
    }, anchor);
    expect(state.targeted, `#${anchor} is not the target`);
    expect(state.visible, `#${anchor} is not scrolled into view`);
    expect(state.background !== "rgba(0, 0, 0, 0)" && state.background !== "transparent", `#${anchor} has no highlight (background ${state.background})`);
    return `${href} → #${anchor} in view, background ${state.background}`;
  });

  await check("the timeline renders", async () => {
    await page.goto(base + "dates/index.html");
    const chart = page.locator("svg.bar-chart");
    const box = await chart.boundingBox();
    expect(box && box.width > 200 && box.height > 50, `timeline box ${JSON.stringify(box)}`);
    const bars = await chart.locator("rect").count();
    const rows = await chart.locator(".row").count();
    const listed = await page.locator("ol.timeline > li").count();
    expect(rows === listed, `${rows} chart rows but ${listed} dates in the list`);
    expect(bars >= rows, `${bars} bars for ${rows} rows`);
    const title = await chart.locator("title").textContent();
    return `${rows} dates, ${bars} bars, ${Math.round(box.width)}×${Math.round(box.height)} px, titled "${title}"`;
  });

  await check("pages work without JavaScript", async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(base + "index.html");
    const searchVisible = await noScript.locator("#search-input").isVisible();
    expect(!searchVisible, "the search box shows although it cannot work");
    const links = await noScript.locator("main a").count();
    await noScript.goto(base + pageKinds.person);
    const mentions = await noScript.locator(".mentions a").count();
    await plain.close();
    expect(links > 20 && mentions > 0, `${links} links on the home page, ${mentions} mention links`);
    return `search box hidden; ${links} links on the home page, ${mentions} mention links on a person page`;
  });

  await check("screenshots of the home page at phone and desktop widths", async () => {
    const shots = [];
    for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 800 }]]) {
      const shot = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const shotPage = await shot.newPage();
      await shotPage.goto(base + "index.html");
      const overflow = await shotPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const file = join(artefacts, `home-${name}.png`);
      await shotPage.screenshot({ path: file, fullPage: false });
      await shot.close();
      expect(overflow <= 0, `the ${name} layout scrolls sideways by ${overflow} px`);
      shots.push(file);
    }
    return shots.join(", ");
  });

  // The diverging-reports page is read on phones: no sideways scroll, each report a card, chart text that is legible
  // (at least 11 px on screen) and never cut by the chart's edge or run into the text beside it.
  await check("the diverging-reports page at phone and desktop widths", async () => {
    const shots = [];
    for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 800 }]]) {
      const shot = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const shotPage = await shot.newPage();
      await shotPage.goto(base + pageKinds["diverging reports"]);
      const found = await shotPage.evaluate(() => {
        const problems = [];
        const charts = [...document.querySelectorAll("svg.range-chart")];
        let texts = 0;
        let smallest = Infinity;
        for (const svg of charts) {
          const box = svg.viewBox.baseVal;
          const id = svg.getAttribute("aria-labelledby").split(" ")[0];
          for (const row of svg.querySelectorAll("g.row, g.axis")) {
            const boxes = [];
            for (const text of row.querySelectorAll("text")) {
              texts++;
              const b = text.getBBox();
              const size = parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM().a;
              smallest = Math.min(smallest, size);
              if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) problems.push(`${id}: "${text.textContent}" runs past the chart's edge`);
              for (const other of boxes) {
                const apart = b.x >= other.x + other.width || other.x >= b.x + b.width || b.y >= other.y + other.height || other.y >= b.y + b.height;
                if (!apart) problems.push(`${id}: "${text.textContent}" overlaps the text beside it`);
              }
              boxes.push(b);
            }
          }
        }
        if (smallest < 11) problems.push(`chart text is ${smallest.toFixed(1)} px on screen`);
        const cards = [...document.querySelectorAll("ol.reports > li.report")];
        const lists = document.querySelectorAll("ol.reports").length;
        if (document.querySelector("table")) problems.push("the reports are a table, not cards");
        if (cards.length === 0) problems.push("no report cards");
        for (const card of cards) {
          const r = card.getBoundingClientRect();
          if (r.right > window.innerWidth || r.left < 0) problems.push(`a report card reaches past the screen (${Math.round(r.left)}–${Math.round(r.right)} px)`);
        }
        if (charts.length !== lists) problems.push(`${charts.length} charts for ${lists} lists of reports`);
        return { problems, overflow: document.documentElement.scrollWidth - window.innerWidth, texts, smallest, cards: cards.length, charts: charts.length };
      });
      const file = join(artefacts, `diverging-reports-${name}.png`);
      await shotPage.screenshot({ path: file, fullPage: true });
      await shot.close();
      expect(found.overflow <= 0, `the ${name} layout scrolls sideways by ${found.overflow} px`);
      expect(found.problems.length === 0, `${name}: ${found.problems.join("; ")}`);
      shots.push(`${name}: ${found.charts} charts, ${found.texts} chart texts of at least ${found.smallest.toFixed(1)} px, ${found.cards} report cards (${file})`);
    }
    return shots.join("; ");
  });

  for (const scheme of ["light", "dark"]) {
    await check(`no serious or critical accessibility violations (axe-core, ${scheme} mode)`, async () => {
      const themed = await browser.newContext({ colorScheme: scheme });
      const axePage = await themed.newPage();
      const problems = [];
      let rules = 0;
      for (const [kind, path] of Object.entries(pageKinds)) {
        await axePage.goto(base + path);
        await axePage.addScriptTag({ content: axeSource });
        const result = await axePage.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        rules = Math.max(rules, result.passes.length + result.violations.length + result.incomplete.length + result.inapplicable.length);
        for (const v of result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
          problems.push(`${kind}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`);
        }
      }
      await themed.close();
      expect(problems.length === 0, problems.join("\n"));
      return `${Object.keys(pageKinds).length} page kinds, ${rules} rules each, 0 serious or critical`;
    });
  }

  // The accessibility checks above pass only if axe can fail: the same call on a page with known faults must report them.
  await check("axe-core reports faults on a page that has them", async () => {
    const faulty = await browser.newPage();
    await faulty.setContent('<!DOCTYPE html><html><head><title>faulty</title></head><body><img src="x.png"><p style="color:#bbb;background:#fff">faint</p><a href="#"></a></body></html>');
    await faulty.addScriptTag({ content: axeSource });
    const result = await faulty.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    await faulty.close();
    const found = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id).sort();
    for (const expected of ["color-contrast", "image-alt", "link-name"]) {
      expect(found.includes(expected), `axe did not report ${expected}; it reported ${found.join(", ")}`);
    }
    return `reported ${found.join(", ")}`;
  });

  await check("no script errors", async () => {
    expect(scriptErrors.length === 0, scriptErrors.join("\n"));
    return "none";
  });
} finally {
  await browser.close();
  server.close();
}

process.stdout.write(JSON.stringify({ checks }, null, 2) + "\n");
