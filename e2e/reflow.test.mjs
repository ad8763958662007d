// What axe does not test, over every page a visitor, a plan lead and a regional adviser
// reach by following links, in bokmål, nynorsk and English:
// - reflow (WCAG 2.1 1.4.10): the page fits a 320 px wide screen without sideways page
//   scrolling (wide tables scroll inside their own region, their captions stay in
//   view), and so it does at 1,280 px;
// - valid markup (WCAG 2.1 4.1.1, still required in Norway): no error from the Nu HTML
//   Checker (npm vnu-jar) in the HTML the server sent, which includes headings that
//   skip a level.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vnu from 'vnu-jar';
import { adoptDemoPlan, login, openBrowser, startServer } from './support.mjs';

const WIDTHS = [320, 1280];
const LANGUAGES = [
  { locale: 'nb-NO', lang: 'nb' },
  { locale: 'nn-NO', lang: 'nn' },
  { locale: 'en-GB', lang: 'en' },
];
const ROLES = [null, 'planleiar@engerdal.demo', 'radgiver@statsforvalteren.demo'];
/** Enough to reach every kind of page from the start page; the same page for another id adds nothing. */
const MAX_PAGES = 120;
/** Downloads and actions, not pages. */
const SKIP = /\.(csv|xlsx|pdf|docx|ics|svg)(\?|$)|\/file$|\/attachments\/|\/logout|\/language/;

let server;
before(async () => {
  server = await startServer();
  // An adopted plan has public pages of its own; the crawler finds them from the municipality.
  await adoptDemoPlan(server.base);
});
after(async () => { await server?.stop(); });

/**
 * The pages reachable by links from the start page, breadth first, one page per
 * address shape (digits stand for any id) so the list stays short.
 */
async function reachable(page) {
  const seen = new Set();
  const shapes = new Set();
  // Where a user of the demo municipality starts; the rest is found by following links.
  const queue = ['/', '/organisations/3425', '/organisations/3425/plans', '/organisations/3425/indicators'];
  const pages = [];
  while (queue.length > 0 && pages.length < MAX_PAGES) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(`${server.base}${path}`);
    const html = (response?.headers()['content-type'] ?? '').startsWith('text/html');
    if (!response || response.status() >= 400 || !html || new URL(page.url()).pathname === '/login') {
      // Another page of the same shape may still be open to this user.
      shapes.delete(path.replace(/\d+/g, 'N'));
      continue;
    }
    pages.push({ path, html: await response.text() });
    const links = await page.$$eval('a[href^="/"]:not([download])', (as) => as.map((a) => a.getAttribute('href')));
    for (const link of links) {
      const clean = link.split('#')[0];
      const shape = clean.replace(/\d+/g, 'N');
      if (!clean || SKIP.test(clean) || seen.has(clean) || shapes.has(shape)) continue;
      shapes.add(shape);
      queue.push(clean);
    }
  }
  return pages;
}

/** The Nu HTML Checker's errors in the pages' HTML, each with its page and line. */
function markupErrors(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'forebygg-vnu-'));
  try {
    const files = pages.map(({ html }, i) => {
      const file = join(dir, `${i}.html`);
      writeFileSync(file, html);
      return file;
    });
    let out;
    try {
      out = execFileSync('java', ['-jar', String(vnu), '--errors-only', '--format', 'json', '--stdout', ...files], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      // The checker exits with 1 when it found errors; its report is still on stdout.
      if (!e.stdout) throw e;
      out = e.stdout;
    }
    return JSON.parse(out).messages.map((m) => {
      const index = Number(m.url?.split('/').pop()?.replace('.html', ''));
      return `${pages[index]?.path ?? m.url} line ${m.lastLine}: ${m.message}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const { locale, lang } of LANGUAGES) {
  describe(`reflow in ${lang}`, () => {
    let browser;
    before(async () => { browser = await openBrowser(locale); });
    after(async () => { await browser?.close(); });

    for (const who of ROLES) {
      test(`pages for ${who ?? 'a visitor'} fit 320 px and 1,280 px`, async () => {
        const page = await browser.context.newPage();
        await page.context().clearCookies();
        if (who) await login(page, server.base, who);
        await page.setViewportSize({ width: 1280, height: 900 });
        const pages = await reachable(page);
        assert.ok(pages.length > (who ? 15 : 5), `${who}: only ${pages.length} pages reached`);
        const overflowing = [];
        for (const { path } of pages) {
          await page.goto(`${server.base}${path}`);
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
            if (scrollWidth > width) overflowing.push(`${path} at ${width} px is ${scrollWidth} px wide`);
            // A wide table scrolls in its region, but its caption is read without scrolling.
            const captions = await page.$$eval('.table-scroll caption', (cs) =>
              cs.map((c) => [
                c.textContent.trim().slice(0, 40),
                Math.round(c.getBoundingClientRect().right),
                Math.round(c.closest('.table-scroll').getBoundingClientRect().right),
              ]));
            for (const [caption, right, region] of captions) {
              if (right > region + 1) overflowing.push(`${path} at ${width} px: caption "${caption}" ends at ${right} px, its region at ${region} px`);
            }
          }
        }
        const label = `${lang}, ${who ?? 'visitor'}`;
        assert.deepEqual(overflowing, [], `${label}: pages wider than the screen`);
        assert.deepEqual(markupErrors(pages), [], `${label}: errors of the Nu HTML Checker`);
      });
    }
  });
}
