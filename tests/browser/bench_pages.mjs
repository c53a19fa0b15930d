// Not a test: scripts/bench-serve's browser half. Opens each view of a
// running `returns serve` once, in a fresh Debian Chromium page (playwright-
// core, no browser download; here because it needs this folder's
// node_modules), and prints as JSON, per view, the time from navigation to
// the load event (the Navigation Timing entry's duration) and the server's
// own time from the page's Server-Timing header.
//
// usage: node bench_pages.mjs --url URL --chromium PATH --comment JSONLINE
import { chromium } from 'playwright-core';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const need of ['url', 'chromium', 'comment']) {
  if (!args[need]) throw new Error(`--${need} is required`);
}
const comment = JSON.parse(args.comment);
const views = [
  ['search, no query (every comment)', '/'],
  ['search, a word', '/?q=moderation'],
  ['search, two facets clicked', '/?theme=moderation&district=Dover'],
  ['search, a phrase, page 3', '/?q=%22learning+walks%22&page=3'],
  ['a comment in its return', `/comment?round=${encodeURIComponent(comment.round)}&id=${encodeURIComponent(comment.id)}`],
  ['themes', '/themes'],
  ['a theme (moderation)', '/theme?id=moderation'],
  ['summary (every comment)', '/summary'],
  ['summary of a selection', '/summary?theme=literacy&district=Thanet'],
  ['corrections', '/corrections'],
];

const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox'] });
const out = [];
try {
  for (const [view, path] of views) {
    const context = await browser.newContext();  // a fresh page: nothing cached
    const page = await context.newPage();
    const response = await page.goto(new URL(path, args.url).href, { waitUntil: 'load', timeout: 120000 });
    const loadMs = await page.evaluate(() => performance.getEntriesByType('navigation')[0].duration);
    const timing = (await response.allHeaders())['server-timing'] || '';
    const m = /app;dur=([0-9.]+)/.exec(timing);
    out.push({ view, path, status: response.status(), load_ms: Math.round(loadMs), server_ms: m ? Number(m[1]) : null });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out, null, 2));
