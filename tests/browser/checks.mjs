// What the browser scripts share: Chromium launched the same way, and checks recorded as { name, passed, detail }
// for the tests in tests/SiteGen.Tests to assert one by one.
import { chromium } from "playwright-core";

export function launch() {
  return chromium.launch({
    executablePath: process.env.SITEGEN_CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

export const checks = [];

export async function check(name, body) {
  try {
    const detail = await body();
    checks.push({ name, passed: true, detail: detail || "" });
  } catch (error) {
    checks.push({ name, passed: false, detail: String(error && error.message ? error.message : error) });
  }
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
