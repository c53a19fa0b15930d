// The web page of `returns serve` in Debian's Chromium, through Playwright
// (playwright-core, no browser download). serve_test.sh starts the servers
// and passes where they are; this script drives the page as an officer would
// and checks what it shows against `returns search --format json`, the
// corrections file and pandoc. Screenshots of each page go to --shots.
//
// usage: node serve.test.mjs --url URL --hostile-url URL --returns BIN --db DIR
//          --corrections FILE --shots DIR --work DIR --chromium PATH
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const need of ['url', 'hostile-url', 'returns', 'db', 'corrections', 'shots', 'work', 'chromium']) {
  if (!args[need]) throw new Error(`--${need} is required`);
}
fs.mkdirSync(args.shots, { recursive: true });

// `returns search --format json` on the same database: what the page must agree with.
function searchJson(...searchArgs) {
  const out = execFileSync(args.returns, ['search', '--db', args.db, '--format', 'json', ...searchArgs], { encoding: 'utf8' });
  return JSON.parse(out);
}

// The facet's values and counts as the page shows them.
async function facet(page, name) {
  return page.$$eval(`section.facet[data-facet="${name}"] a.facet-value`, (links) =>
    Object.fromEntries(links.map((a) => [a.dataset.value, Number(a.querySelector('.count').textContent)])));
}

async function total(page) {
  return Number(await page.textContent('#total'));
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(args.shots, `${name}.png`), fullPage: false });
}

let passed = 0;
const failures = [];
async function step(name, body) {
  try {
    await body();
    passed += 1;
    console.log(`ok: ${name}`);
  } catch (err) {
    failures.push(name);
    console.log(`FAIL: ${name}\n${err.stack || err}`);
  }
}

const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (err) => pageErrors.push(String(err)));
page.on('console', (msg) => {
  // A page answered with an error status on purpose (a bad query) is logged too; those are checked where made.
  if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) pageErrors.push(msg.text());
});
page.on('response', (response) => {
  const kind = response.request().resourceType();
  if (kind !== 'document' && response.status() >= 400) pageErrors.push(`${response.status()} for ${kind} ${response.url()}`);
});
const url = args.url.replace(/\/$/, '');

await step('search a phrase: the total and the highlights of search', async () => {
  await page.goto(url + '/');
  await page.fill('#q', '"learning walk"');
  await Promise.all([page.waitForURL(/q=%22learning/), page.press('#q', 'Enter')]);
  const expected = searchJson('"learning walk"', '--limit', '1');
  assert.ok(expected.total > 0);
  assert.equal(await total(page), expected.total);
  assert.ok((await page.locator('li.hit blockquote.snippet mark').count()) > 0, 'highlighted snippets');
  const first = page.locator('li.hit').first();
  assert.match(await first.locator('p.where').textContent(), /·.*·/, 'district · collaborative · lead school');
  assert.equal((await first.locator('p.where .district').textContent()).trim(), expected.results[0].district);
  await shot(page, 'search-phrase');
});

let district = '';
await step('a theme facet and a district facet filter, combine, and count as search does', async () => {
  await page.goto(url + '/');
  await Promise.all([page.waitForURL(/theme=moderation/),
    page.click('section.facet[data-facet="theme"] a[data-value="moderation"]')]);
  let expected = searchJson('--theme', 'moderation', '--limit', '0');
  assert.equal(await total(page), expected.total);
  assert.deepEqual(await facet(page, 'theme'), expected.facets.themes);
  assert.deepEqual(await facet(page, 'district'), expected.facets.districts);
  // The district with most moderation comments.
  const districts = Object.entries(expected.facets.districts).sort((a, b) => b[1] - a[1]);
  district = districts[0][0];
  await Promise.all([page.waitForURL(/district=/),
    page.click(`section.facet[data-facet="district"] a[data-value="${district}"]`)]);
  assert.match(page.url(), /theme=moderation/, 'the theme filter stays');
  expected = searchJson('--theme', 'moderation', '--district', district, '--limit', '0');
  assert.equal(await total(page), expected.total);
  assert.equal(await total(page), districts[0][1], 'the facet count is the total it leads to');
  assert.deepEqual(await facet(page, 'theme'), expected.facets.themes);
  assert.deepEqual(await facet(page, 'district'), expected.facets.districts);
  assert.deepEqual(await facet(page, 'question'), expected.facets.questions);
  assert.deepEqual(await facet(page, 'collaborative'), expected.facets.collaboratives);
  assert.equal(await page.locator('p.chosen a.filter').count(), 2);
  await shot(page, 'search-facets');
  // The README's picture (pipeline/serve/screenshot-search.png is a copy): smaller, the top of the page.
  await page.setViewportSize({ width: 1100, height: 640 });
  await shot(page, 'readme-search');
  await page.setViewportSize({ width: 1280, height: 860 });
  // The URL holds the whole state: opened afresh, the same page.
  const again = await context.newPage();
  await again.goto(page.url());
  assert.equal(await total(again), expected.total);
  await again.close();
});

let comment = null;
await step('open a comment in its whole return, with why each tag', async () => {
  const selected = searchJson('--theme', 'moderation', '--district', district, '--limit', '1').results[0];
  await Promise.all([page.waitForURL(/\/comment\?/), page.locator('li.hit a.open').first().click()]);
  const all = searchJson('--limit', '10000').results.filter(
    (r) => r.return_id === selected.return_id && r.round === selected.round);
  assert.equal(await page.locator('li.comment').count(), all.length, 'every comment of the return');
  const chosen = page.locator('li.comment.this');
  assert.equal(await chosen.count(), 1);
  assert.equal((await chosen.locator('p.text').textContent()).trim(), selected.text);
  for (const m of selected.matches) {
    assert.ok((await page.locator('table.evidence code', { hasText: m.rule }).count()) > 0, `rule ${m.rule}`);
  }
  assert.ok((await page.locator('table.evidence tr[data-theme="moderation"]').count()) > 0);
  comment = selected;
  await shot(page, 'comment-in-return');
});

await step('add a correction and find it in the corrections file', async () => {
  assert.ok(comment, 'a comment page is open');
  const before = fs.existsSync(args.corrections) ? fs.readFileSync(args.corrections, 'utf8') : '';
  await Promise.all([page.waitForURL(/saved=wrong/), page.click('table.evidence tr[data-theme="moderation"] button.wrong')]);
  assert.match(await page.textContent('p.saved'), /Moderation marked wrong: your correction is saved in/);
  // Nothing chosen yet: "Add it" alone saves nothing (a trial's officer nearly added Moderation by one click).
  assert.equal(await page.inputValue('#missing-theme'), '');
  const here = page.url();
  await page.click('form.review.add button');
  await page.waitForTimeout(300);
  assert.equal(page.url(), here, 'no submission without a theme chosen');
  assert.equal(fs.readFileSync(args.corrections, 'utf8').slice(before.length).trim().split('\n').length, 1);
  // A theme to add: not the one just marked wrong (which the list offers again).
  const option = (await page.locator('#missing-theme option').evaluateAll((os) => os.map((o) => o.value)))
    .find((v) => v && v !== 'moderation');
  await page.selectOption('#missing-theme', option);
  await Promise.all([page.waitForURL(/saved=missing/), page.click('form.review.add button')]);
  assert.match(await page.textContent('p.saved'), / added: your correction is saved/);
  const lines = fs.readFileSync(args.corrections, 'utf8').slice(before.length).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.equal(lines[0].id, comment.comment_id);
  assert.equal(lines[0].round, comment.round);
  assert.deepEqual(lines[0].correction, { action: 'wrong', theme: 'moderation' });
  assert.ok(!lines[0].themes.includes('moderation'));
  assert.deepEqual(lines[1].correction, { action: 'missing', theme: option });
  assert.ok(lines[1].themes.includes(option));
  assert.equal(lines[1].text, comment.text);
  assert.ok(await page.locator('.badge.wrong').first().isVisible());
  await shot(page, 'comment-corrected');
  await page.goto(url + '/corrections');
  assert.equal(await page.locator('table.corrections tbody tr').count(), 2);
  await shot(page, 'corrections');
  // evaluate reads the file as a gold set.
  const evaluation = execFileSync(args.returns, ['evaluate', '--gold', args.corrections], { encoding: 'utf8' });
  assert.match(evaluation, /micro average/);
});

await step('markup typed into the query is shown as text', async () => {
  const typed = '<script>document.body.dataset.pwned="query"</script> <b>bold</b> <img src=x onerror="document.body.dataset.pwned=1">';
  await page.goto(url + '/');
  await page.fill('#q', typed);
  await Promise.all([page.waitForURL(/q=/), page.press('#q', 'Enter')]);
  assert.equal(await page.inputValue('#q'), typed);
  assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined);
  assert.equal(await page.locator('main b', { hasText: 'bold' }).count(), 0);
  assert.equal(await page.locator('main img').count(), 0);
  assert.ok((await page.title()).includes('<b>bold</b>'), 'the title shows the query as typed');
  await shot(page, 'query-markup');
  // A query the parser rejects: a page that says so, not a trace.
  await page.goto(url + '/?q=' + encodeURIComponent('moderation AND'));
  assert.equal(await page.locator('section.error h1').textContent(), 'This search cannot be run');
  assert.ok((await page.locator('section.error p.problem').textContent()).includes("cannot parse the query 'moderation AND'"));
  // Parentheses that do not pair: the position named, the query not guessed at.
  await page.goto(url + '/?q=' + encodeURIComponent('(moderation OR trust'));
  assert.equal(await page.locator('section.error p.problem').textContent(), "query: unbalanced '(' at position 1");
  await shot(page, 'query-error');
});

await step('export the selection as a Word appendix that python3-docx reads back', async () => {
  await page.goto(`${url}/?theme=moderation&district=${encodeURIComponent(district)}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-export="appendix-docx"]')]);
  const name = download.suggestedFilename();
  assert.match(name, /^appendix-theme-moderation-district-[a-z0-9-]+\.docx$/);
  const saved = path.join(args.work, name);
  await download.saveAs(saved);
  // Every paragraph, in the body and in the table's cells, one a line.
  const readDocx = [
    'import sys, docx',
    'd = docx.Document(sys.argv[1])',
    'print("\\n".join(p.text for p in d.paragraphs))',
    'print("\\n".join(p.text for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs))',
  ].join('\n');
  // Debian's python3-docx: a pyenv python3 first on PATH may lack it.
  const python = ['python3', '/usr/bin/python3'].find((p) => {
    try { execFileSync(p, ['-c', 'import docx'], { stdio: 'ignore' }); return true; } catch { return false; }
  }) ?? 'python3';
  const text = execFileSync(python, ['-c', readDocx, saved], { encoding: 'utf8' });
  const expected = searchJson('--theme', 'moderation', '--district', district, '--limit', '1000');
  assert.match(text, /Appendix: theme moderation/);
  for (const r of expected.results) {
    const words = r.text.split(/\s+/).slice(0, 6).join(' ');
    assert.ok(text.replace(/\s+/g, ' ').includes(words), `the appendix has "${words}"`);
  }
});

await step('theme and summary pages', async () => {
  await page.goto(url + '/themes');
  await page.click('#themes-table a:text-is("Moderation")');
  await page.waitForURL(/\/theme\?id=moderation/);
  assert.ok((await page.locator('ol.quotes li').count()) > 0, 'typical comments');
  await shot(page, 'theme');
  await page.goto(url + '/summary');
  const expected = searchJson('--limit', '0');
  assert.ok((await page.locator('#summary-table tbody tr').count()) >= 20);
  assert.match(await page.textContent('main'), new RegExp(`${expected.total} comments from`));
  await shot(page, 'summary');
});

await step('hostile names, labels and comments are shown as text on every page', async () => {
  const hostile = args['hostile-url'].replace(/\/$/, '');
  await page.goto(hostile + '/');
  const opened = await page.locator('li.hit a.open').evaluateAll((links) => links.map((a) => a.href));
  assert.ok(opened.length > 3);
  const visit = [hostile + '/', hostile + '/themes', hostile + '/summary', hostile + '/theme?id=moderation', ...opened];
  for (const u of visit) {
    await page.goto(u);
    assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined, u);
    assert.equal(await page.locator('main script, main img, main b:has-text("CE"), main i').count(), 0, u);
  }
  await page.goto(hostile + '/');
  const text = await page.textContent('main');
  assert.ok(text.includes("<script>document.body.dataset.pwned='district'</script>"), 'a district with a script, as text');
  await shot(page, 'hostile-search');
  await page.goto(opened[1]);
  await shot(page, 'hostile-comment');
  assert.ok((await page.textContent('main')).includes('<script>'), 'a comment with a script, as text');
});

await step('no script errors, and every style sheet, script and icon loaded', async () => {
  assert.deepEqual(pageErrors, []);
});

await browser.close();
console.log(`browser: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
