// axe-core finds no WCAG 2.1 A/AA violations on the shell's pages in all three
// languages, and the pages work by keyboard alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { login, openBrowser, startServer } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = [
  { locale: 'nb-NO', lang: 'nb', login: 'Logg inn' },
  { locale: 'nn-NO', lang: 'nn', login: 'Logg inn' },
  { locale: 'en-GB', lang: 'en', login: 'Log in' },
];
const PUBLIC_PAGES = ['/', '/login', '/organisations', '/organisations?county=34&sort=name', '/organisations/3425', '/organisations/34'];
const STAFF_PAGES = ['/organisations/3425/members', '/account'];

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

async function assertNoViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `${label} has axe violations`);
  assert.ok(results.passes.length > 10, `${label}: axe ran its rules`);
}

for (const { locale, lang, login: loginText } of LANGUAGES) {
  describe(`pages in ${lang}`, () => {
    let browser;
    before(async () => { browser = await openBrowser(locale); });
    after(async () => { await browser?.close(); });

    test(`public pages have lang="${lang}" and no violations`, async () => {
      const page = await browser.context.newPage();
      for (const path of PUBLIC_PAGES) {
        await page.goto(`${server.base}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        await assertNoViolations(page, `${lang} ${path}`);
      }
      await page.goto(`${server.base}/login`);
      assert.equal(await page.textContent('h1'), loginText);
    });

    test('a refused login form has no violations and ties the error to the field', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.base}/login`);
      await page.fill('#email', 'leser@engerdal.demo');
      await page.fill('#password', 'wrong-password');
      await page.click('form.form button[type=submit]');
      assert.equal(await page.getAttribute('#email', 'aria-describedby'), 'email-error');
      assert.equal(await page.inputValue('#email'), 'leser@engerdal.demo');
      await assertNoViolations(page, `${lang} refused login`);
    });

    test('staff pages have no violations', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'admin@engerdal.demo');
      for (const path of STAFF_PAGES) {
        await page.goto(`${server.base}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        await assertNoViolations(page, `${lang} ${path}`);
      }
      await page.click('header form[action="/logout"] button');
    });
  });
}

describe('keyboard', () => {
  let browser;
  before(async () => { browser = await openBrowser('nb-NO'); });
  after(async () => { await browser?.close(); });

  test('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.base}/organisations`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), outline: style.outlineStyle, top: box.top, height: box.height };
    });
    assert.equal(focused.href, '#main');
    assert.notEqual(focused.outline, 'none', 'focus is visible');
    assert.ok(focused.top >= 0 && focused.height > 0, 'skip link is on screen when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  });

  test('log in and switch language with the keyboard only', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.base}/login`);
    await page.focus('#email');
    await page.keyboard.type('planleiar@engerdal.demo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('forebygg-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.base}/`);
    assert.match(await page.textContent('main'), /Engerdal/);

    await page.focus('#lang-select');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The form posts and is redirected back to the same address, so wait for the result.
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10000 });
    assert.match(await page.textContent('h1'), /Plans for preventive work/);
  });
});
