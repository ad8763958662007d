// axe-core finds no WCAG 2.1 A/AA violations on the shell's pages in all three
// languages, and the pages work by keyboard alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { adoptDemoPlan, login, openBrowser, startServer } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = [
  { locale: 'nb-NO', lang: 'nb', login: 'Logg inn' },
  { locale: 'nn-NO', lang: 'nn', login: 'Logg inn' },
  { locale: 'en-GB', lang: 'en', login: 'Log in' },
];
const PUBLIC_PAGES = ['/', '/login', '/library', '/library?q=vold', '/organisations', '/organisations?county=34&sort=name', '/organisations/3425', '/organisations/34'];
const STAFF_PAGES = [
  '/library',
  '/organisations/3425',
  '/organisations/3425/members',
  '/organisations/3425/privacy',
  '/account',
  '/organisations/3425/plans',
  '/organisations/3425/plans?type=preventive',
];
/** Pages of the demo's plan for preventive work, relative to the plan's address. */
const PLAN_PAGES = [
  '',
  '/process',
  '/programme',
  '/check',
  '/goals',
  '/schedule',
  '/schedule?go=1&target=18.04.2024&from=01.05.2023&with_programme=on&meetings_standing_committee=14.06.2023&meetings_executive_committee=18.01.2024&meetings_council=18.04.2024',
  '/schedule?go=1&target=31.13.2024',
];

let server;

/** The address of the demo's plan for preventive work, found as a user finds it. */
async function planAddress(page) {
  await page.goto(`${server.base}/organisations/3425/plans?type=preventive`);
  return page.getAttribute('table.ds-table a', 'href');
}
/**
 * A second server whose demo plan the plan lead has adopted (the first keeps the plan
 * in its hearing phase for the staff pages), and the public pages that gives.
 */
let adoptedServer;
let adoptedPages = [];
before(async () => {
  server = await startServer();
  adoptedServer = await startServer();
  const adopted = await adoptDemoPlan(adoptedServer.base);
  const plan = adopted.split('/versions/')[0];
  adoptedPages = [
    '/organisations/3425', adopted, `${plan}?variant=youth`,
    `${plan}/outcomes?ref=2024-001`, `${plan}/outcomes?ref=1999-999`,
  ];
});
after(async () => { await adoptedServer?.stop(); });
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

    test('the public pages of an adopted plan have no violations', async () => {
      const page = await browser.context.newPage();
      for (const path of adoptedPages) {
        await page.goto(`${adoptedServer.base}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        await assertNoViolations(page, `${lang} ${path}`);
      }
      await page.close();
    });

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

    test('the public hearing pages have no violations', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.base}/`);
      const hearing = await page.getAttribute('a[href^="/hearings/"]', 'href');
      for (const path of [hearing, `${hearing}?variant=youth`]) {
        await page.goto(`${server.base}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        await assertNoViolations(page, `${lang} ${path}`);
      }
      // A file that is not what its name says is refused at the file field, text kept.
      await page.goto(`${server.base}${hearing}`);
      await page.fill('#text', 'Se vedlegget.');
      await page.setInputFiles('#attachments', { name: 'brev.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html></html>') });
      await page.check('#consent');
      await page.click('form.form button[type=submit]');
      assert.equal(await page.getAttribute('#attachments', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#text'), 'Se vedlegget.');
      assert.match(await page.textContent('.ds-error-summary'), /brev\.pdf/);
      await assertNoViolations(page, `${lang} refused attachment`);
      // A refused response (no consent), then a received one with a file, and its receipt.
      await page.goto(`${server.base}${hearing}`);
      await page.fill('#text', 'Flere trygge møteplasser for ungdom.');
      await page.click('form.form button[type=submit]');
      assert.equal(await page.getAttribute('#consent', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#text'), 'Flere trygge møteplasser for ungdom.');
      await assertNoViolations(page, `${lang} refused response`);
      await page.check('#consent');
      await page.setInputFiles('#attachments', { name: 'uttalelse.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
      await page.click('form.form button[type=submit]');
      await page.waitForURL(/\/receipt\//);
      assert.match(await page.textContent('main'), /\d+-\d+/);
      assert.match(await page.textContent('main'), /uttalelse\.pdf/);
      await assertNoViolations(page, `${lang} receipt`);
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

    test('an invitation, as the admin makes it and as the invited person opens it', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'admin@engerdal.demo');
      await page.goto(`${server.base}/organisations/3425/members`);
      await page.fill('#email', `ny.${lang}@engerdal.demo`);
      await page.click('form[action="/organisations/3425/members"] button[type=submit]');
      const link = (await page.textContent('code.secret')).trim();
      assert.match(link, /\/invitations\/[0-9a-f]{64}$/);
      await assertNoViolations(page, `${lang} members with an invitation`);
      await page.click('form[action="/logout"] button[type=submit]');
      await page.goto(`${server.base}${new URL(link).pathname}`);
      await assertNoViolations(page, `${lang} invitation`);
      await page.fill('#name', 'Nora Ny');
      await page.fill('#password', 'passwordpassword');
      await page.click('form[action$="/account"] button[type=submit]');
      assert.equal(await page.getAttribute('#password', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#name'), 'Nora Ny');
      await assertNoViolations(page, `${lang} refused invitation account`);
    });

    test('the knowledge base, its charts, map and mapping step have no violations', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'planleiar@engerdal.demo');
      await page.goto(`${server.base}/organisations/3425/indicators`);
      await assertNoViolations(page, `${lang} indicators`);
      const links = await page.$$eval('table.ds-table a[href*="/indicators/"]', (as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.length >= 5, 'the demo indicators are listed');
      for (const path of links.slice(0, 2)) {
        await page.goto(`${server.base}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        // Every picture has a name and a table beside it.
        const named = await page.$$eval('svg[role=img]', (svgs) => svgs.every((s) => (s.getAttribute('aria-label') || '').trim() !== ''));
        assert.ok(named, `${path}: every picture is named`);
        assert.equal(await page.locator('figure.chart').count(), await page.locator('figure.chart table').count(), path);
        assert.ok(await page.locator('figure.chart').count() >= 3, `${path}: line, bars and map`);
        await assertNoViolations(page, `${lang} ${path}`);
      }
      // A sheet nobody recognises asks what its columns hold.
      await page.goto(`${server.base}/organisations/3425/indicators`);
      await page.setInputFiles('#file', { name: 'egen.csv', mimeType: 'text/csv', buffer: Buffer.from('Tittel\nNr;Årgang;Tall\n3425;2023;4\n') });
      await page.click('form[enctype="multipart/form-data"] button[type=submit]');
      assert.equal(await page.locator('select[name=map_0]').count(), 1);
      await assertNoViolations(page, `${lang} indicators mapping`);
      await page.close();
    });

    test('surveys: the results with hidden cells, and the questionnaire at 375 px answered by keyboard alone', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'planleiar@engerdal.demo');
      await page.goto(`${server.base}/organisations/3425/plans/5/surveys`);
      await assertNoViolations(page, `${lang} surveys`);
      const links = await page.$$eval('table.ds-table a[href*="/surveys/"]', (as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.length >= 2, 'the closed and the open demo survey (and any written by the test below)');
      await page.goto(`${server.base}${links[0]}`);
      assert.ok(await page.locator('td.hidden-cell').count() > 0, 'a small municipality: some counts are hidden');
      await assertNoViolations(page, `${lang} survey results`);
      await page.goto(`${server.base}${links[1]}`);
      await assertNoViolations(page, `${lang} open survey`);
      const link = new URL(await page.getAttribute('a[href*="/s/"]', 'href')).pathname;
      // Each language's run answers with its own code (a code answers once).
      const code = (await page.locator('table code').nth(['nb', 'nn', 'en'].indexOf(lang)).textContent()).trim();
      await page.close();

      // A pupil on a phone, keyboard only: Tab to each answer, Space to choose it.
      const form = await browser.context.newPage();
      await form.setViewportSize({ width: 375, height: 800 });
      await form.goto(`${server.base}${link}`);
      await assertNoViolations(form, `${lang} questionnaire`);
      const wide = await form.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      assert.equal(wide, false, 'no sideways scrolling at 375 px');
      await form.focus('#code');
      await form.keyboard.type(code);
      // A reload in the same tab offers the answers back; another tab never sees them.
      await form.reload();
      await form.click('.resume button[data-variant=primary]');
      assert.equal(await form.inputValue('#code'), code, 'kept in the tab');
      const other = await browser.context.newPage();
      await other.goto(`${server.base}${link}`);
      assert.equal(await other.locator('.resume').count(), 0, 'not in another tab');
      await other.close();
      // Radio groups: Tab reaches the group, Space picks its first answer.
      const questions = await form.$$eval('fieldset.question', (fs) => fs.map((f) => ({ id: f.id, radio: !!f.querySelector('input[type=radio]') })));
      for (const q of questions.filter((q) => q.radio)) {
        await form.focus(`#${q.id}-0`);
        await form.keyboard.press('Space');
        assert.ok(await form.isChecked(`#${q.id}-0`), `${q.id} chosen by keyboard`);
      }
      // "Where did it happen?" follows only an answer of having been bullied.
      assert.equal(await form.isVisible('#q8'), false, 'hidden after "never"');
      await form.focus('#q7-0');
      await form.keyboard.press('ArrowDown');
      assert.ok(await form.isChecked('#q7-1'));
      assert.equal(await form.isVisible('#q8'), true, 'shown after "once or twice"');
      await form.keyboard.press('ArrowUp');
      assert.equal(await form.isVisible('#q8'), false, 'hidden again');
      await form.focus('button[type=submit]');
      await Promise.all([form.waitForEvent('load'), form.keyboard.press('Enter')]);
      assert.equal(await form.locator('h1').count(), 1);
      assert.equal(await form.locator('form.survey').count(), 0, `${lang}: the answers were taken: ${await form.textContent('main')}`);
      await assertNoViolations(form, `${lang} questionnaire thanks`);
      await form.close();
    });

    test('surveys: written in the editor, answered by link with a pause on the same device', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'planleiar@engerdal.demo');
      await page.goto(`${server.base}/organisations/3425/plans/5/surveys`);
      await page.check('#start-empty');
      await Promise.all([page.waitForEvent('load'), page.click('form[action$="/surveys"] button[type=submit]')]);
      const survey = new URL(page.url()).pathname;
      await page.goto(`${server.base}${survey}/questions/new`);
      await assertNoViolations(page, `${lang} survey question form`);
      await page.fill('#text_nb', 'Hvor trygg føler du deg i nærmiljøet?');
      await page.fill('#options_nb', 'Lite trygg\nNokså trygg\nSvært trygg');
      await page.fill('#options_nn', 'Lite trygg');
      await Promise.all([page.waitForEvent('load'), page.click('form[action$="/questions"] button[type=submit]')]);
      assert.equal(await page.getAttribute('#options_nn', 'aria-invalid'), 'true', 'too few options in nynorsk');
      assert.equal(await page.inputValue('#text_nb'), 'Hvor trygg føler du deg i nærmiljøet?', 'what was typed stays');
      await assertNoViolations(page, `${lang} refused survey question`);
      await page.fill('#options_nn', '');
      await Promise.all([page.waitForEvent('load'), page.click('form[action$="/questions"] button[type=submit]')]);
      assert.equal(new URL(page.url()).pathname, survey);
      await assertNoViolations(page, `${lang} draft survey`);
      const today = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
      await page.fill('#opens', today);
      await page.fill('#closes', today);
      await Promise.all([page.waitForEvent('load'), page.click('form[action$="/open"] button[type=submit]')]);
      const link = new URL(await page.getAttribute('a[href*="/s/"]', 'href')).pathname;
      assert.ok(link, `opened: ${await page.textContent('main')}`);
      await page.close();

      // A parent answers, leaves, and comes back on the same device.
      const form = await browser.context.newPage();
      await form.goto(`${server.base}${link}`);
      assert.equal(await form.isVisible('#survey-pause-hint'), true);
      await form.check('#q1-2');
      await form.goto(`${server.base}${link}`);
      assert.equal(await form.isChecked('#q1-2'), false, 'nothing restored before asking');
      assert.equal(await form.locator('.resume button').count(), 2, 'continue or start again');
      await assertNoViolations(form, `${lang} questionnaire with a saved copy`);
      await form.click('.resume button[data-variant=primary]');
      assert.equal(await form.isChecked('#q1-2'), true, 'the answer is back');
      await Promise.all([form.waitForEvent('load'), form.click('form.survey button[type=submit]')]);
      assert.equal(await form.locator('form.survey').count(), 0, `${lang}: taken: ${await form.textContent('main')}`);
      await form.goto(`${server.base}${link}`);
      assert.equal(await form.locator('.resume').count(), 0, 'forgotten once sent');
      await form.close();
    });

    test('county: the dashboard of an adviser with its map, and the municipality as an adviser reads it', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'radgiver@statsforvalteren.demo');
      await page.goto(`${server.base}/organisations/statsforvalteren-i-innlandet/county`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertNoViolations(page, `${lang} county dashboard`);
      assert.ok((await page.locator('table.ds-table tbody tr').count()) >= 46, 'every municipality of Innlandet');
      assert.equal(await page.locator('figure svg[role=img]').count(), 1, 'the map, the table its alternative');
      await page.selectOption('#show', 'no-plan');
      await page.selectOption('#map', 'overdue');
      await Promise.all([page.waitForEvent('load'), page.click('form.filters button[type=submit]')]);
      assert.equal(await page.locator('table.ds-table a[href="/organisations/3425/plans"]').count(), 0, 'Engerdal has a plan');
      await assertNoViolations(page, `${lang} filtered county dashboard`);
      // The kommunebilde form, refused (a note without a colour) and kept as typed.
      await page.goto(`${server.base}/organisations/statsforvalteren-i-innlandet/county/3425`);
      await assertNoViolations(page, `${lang} marks form`);
      await page.fill('#cooperation_note', 'Godt samarbeid med skolen.');
      await Promise.all([page.waitForEvent('load'), page.click('form.form button[type=submit]')]);
      assert.equal(await page.getAttribute('#cooperation_colour', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#cooperation_note'), 'Godt samarbeid med skolen.');
      await assertNoViolations(page, `${lang} refused marks form`);
      await page.goto(`${server.base}/organisations/3425`);
      await assertNoViolations(page, `${lang} municipality as an adviser`);
      await page.goto(`${server.base}/organisations/3425/plans`);
      await assertNoViolations(page, `${lang} plans as an adviser`);
      await page.close();
    });

    test('gatherings: the adviser plans and reads who comes, a municipality registers within its cap', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'radgiver@statsforvalteren.demo');
      await page.goto(`${server.base}/organisations/statsforvalteren-i-innlandet/gatherings`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertNoViolations(page, `${lang} gatherings of the body`);
      // A gathering without a title or times is refused and kept as typed.
      await page.fill('#place', 'Gjøvik');
      await Promise.all([page.waitForEvent('load'), page.click('form.form button[type=submit]')]);
      assert.equal(await page.getAttribute('#title', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#place'), 'Gjøvik');
      await assertNoViolations(page, `${lang} refused gathering`);
      await page.goto(`${server.base}/organisations/statsforvalteren-i-innlandet/gatherings`);
      await Promise.all([page.waitForEvent('load'), page.click('table.ds-table tbody tr:first-child a')]);
      assert.ok((await page.locator('#participants-caption').count()) === 1, 'the participants');
      await assertNoViolations(page, `${lang} gathering as the body sees it`);
      // Removing it asks first, saying how many lose their seat.
      await Promise.all([page.waitForEvent('load'), page.click('form[action$="/remove"] button[type=submit]')]);
      assert.ok(await page.locator('input[name=confirm][value=yes]').count() === 1);
      await assertNoViolations(page, `${lang} confirm removing a gathering`);
      await page.close();

      const lead = await browser.context.newPage();
      await login(lead, server.base, 'planleiar@engerdal.demo');
      await lead.goto(`${server.base}/organisations/3425/gatherings`);
      await assertNoViolations(lead, `${lang} gatherings of the municipality`);
      await Promise.all([lead.waitForEvent('load'), lead.click('table.ds-table tbody tr:first-child a')]);
      await assertNoViolations(lead, `${lang} gathering as the municipality sees it`);
      // Engerdal has registered the ten it may send: no form, a word instead.
      assert.equal(await lead.locator('#name').count(), 0, 'no form at the cap');
      // A registration without a name is refused and keeps what was typed.
      await lead.goto(`${server.base}/organisations/3425/gatherings`);
      await Promise.all([lead.waitForEvent('load'), lead.click('table.ds-table tbody tr:nth-child(3) a')]);
      await lead.fill('#role', 'Rektor');
      await Promise.all([lead.waitForEvent('load'), lead.click('form.form button[type=submit]')]);
      assert.equal(await lead.getAttribute('#name', 'aria-invalid'), 'true');
      assert.equal(await lead.inputValue('#role'), 'Rektor');
      await assertNoViolations(lead, `${lang} refused registration`);
      await lead.close();
    });

    test('reflection tasks: posed and read side by side by the adviser, answered by a municipality', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'radgiver@statsforvalteren.demo');
      await page.goto(`${server.base}/organisations/statsforvalteren-i-innlandet/reflections`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertNoViolations(page, `${lang} reflection tasks of the body`);
      await page.fill('#title', 'Tiltak som verkar');
      await Promise.all([page.waitForEvent('load'), page.click('form.form button[type=submit]')]);
      assert.equal(await page.getAttribute('#prompt', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#title'), 'Tiltak som verkar');
      await assertNoViolations(page, `${lang} refused reflection task`);
      await page.goto(`${server.base}/organisations/statsforvalteren-i-innlandet/reflections`);
      await Promise.all([page.waitForEvent('load'), page.click('table.ds-table tbody tr:first-child a')]);
      assert.equal(await page.locator('.side-by-side li').count(), 2, 'the answers, side by side');
      await assertNoViolations(page, `${lang} answers side by side`);
      await page.close();

      const editor = await browser.context.newPage();
      await login(editor, server.base, 'redaktor@engerdal.demo');
      await editor.goto(`${server.base}/organisations/3425/reflections`);
      await assertNoViolations(editor, `${lang} reflection tasks of the municipality`);
      await Promise.all([editor.waitForEvent('load'), editor.click('table.ds-table tbody tr:first-child a')]);
      await editor.fill('#text', '   ');
      await Promise.all([editor.waitForEvent('load'), editor.click('form.form button[type=submit]')]);
      assert.equal(await editor.getAttribute('#text', 'aria-invalid'), 'true');
      await assertNoViolations(editor, `${lang} refused answer`);
      await editor.close();
    });

    test('staff pages have no violations', async () => {
      const page = await browser.context.newPage();
      await login(page, server.base, 'admin@engerdal.demo');
      for (const path of STAFF_PAGES) {
        await page.goto(`${server.base}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        await assertNoViolations(page, `${lang} ${path}`);
      }
      const plan = await planAddress(page);
      for (const path of PLAN_PAGES) {
        await page.goto(`${server.base}${plan}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang, path);
        await assertNoViolations(page, `${lang} plan${path}`);
      }
      await page.goto(`${server.base}${plan}/inputs`);
      await page.click('details summary');
      await assertNoViolations(page, `${lang} inputs register`);
      await page.goto(`${server.base}${plan}/merknadsbehandling`);
      await assertNoViolations(page, `${lang} merknadsbehandling`);
      // Dialogue conferences: the list, a refused new conference, and the demo's
      // conference with its rounds × groups table and an open edit form.
      await page.goto(`${server.base}${plan}/conferences`);
      await assertNoViolations(page, `${lang} conferences`);
      await page.fill('#title', 'Referansegruppa');
      await page.click('form.form button[type=submit]');
      assert.equal(await page.getAttribute('#held_on', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#title'), 'Referansegruppa');
      await assertNoViolations(page, `${lang} refused conference`);
      await page.goto(`${server.base}${plan}/conferences`);
      await page.click(`table.ds-table a[href^="${plan}/conferences/"]`);
      assert.equal(await page.locator('table.ds-table th[scope=row]').count(), 3);
      await page.click('details summary');
      await assertNoViolations(page, `${lang} conference`);
      await page.click('form[action$="/outputs"] button[type=submit]');
      assert.equal(await page.getAttribute('#text', 'aria-invalid'), 'true');
      await assertNoViolations(page, `${lang} refused output`);
      // Measures: the register, a refused measure form, a refused import, the coverage.
      await page.goto(`${server.base}${plan}/measures`);
      await assertNoViolations(page, `${lang} measures`);
      await page.setInputFiles('#file', { name: 'tiltak.csv', mimeType: 'text/csv', buffer: Buffer.from('Navn;Eier (tjeneste)\nKafé;\n') });
      await page.click('form[action$="/measures/import"] button[type=submit]');
      assert.match(await page.textContent('.ds-error-summary'), /(Rad|Row) 2/);
      await assertNoViolations(page, `${lang} refused import`);
      // A sheet with its own headers: the mapping step, then leaving it without importing.
      await page.setInputFiles('#file', { name: 'eget.csv', mimeType: 'text/csv', buffer: Buffer.from('Tiltak;Ansvarlig;Merknad\nKafé;Skolen;x\n') });
      await page.click('form[action$="/measures/import"] button[type=submit]');
      assert.equal(await page.inputValue('#map_1'), 'owner');
      await assertNoViolations(page, `${lang} import mapping`);
      // Removing a measure asks first, on a page of its own.
      await page.goto(`${server.base}${plan}/measures`);
      await page.click('table.ds-table tbody a');
      await page.click('form[action$="/remove"] button[type=submit]');
      assert.ok(await page.locator('input[name=confirm][value=yes]').count() === 1);
      await assertNoViolations(page, `${lang} confirm removal`);
      await page.goto(`${server.base}${plan}/measures/new`);
      await page.fill('#name', 'Natteravn');
      await page.fill('#yearly_cost', 'mye');
      await page.click('form.form button[type=submit]');
      assert.equal(await page.getAttribute('#owner', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#name'), 'Natteravn');
      await assertNoViolations(page, `${lang} refused measure`);
      await page.goto(`${server.base}${plan}/measures/coverage`);
      assert.equal(await page.locator('table.matrix').count(), 3);
      await assertNoViolations(page, `${lang} coverage`);
      await page.goto(`${server.base}${plan}/measures/responsibility`);
      assert.ok(await page.locator('table.matrix th[scope=row]').count() >= 6);
      await assertNoViolations(page, `${lang} responsibility`);
      // Goals (a refused goal form), a measure's page with its reports, the follow-up.
      await page.goto(`${server.base}${plan}/goals`);
      await assertNoViolations(page, `${lang} goals`);
      await page.click('.goal-tree a');
      assert.ok((await page.inputValue('#title')).length > 0, 'the change form holds the goal');
      await assertNoViolations(page, `${lang} goal change form`);
      await page.goto(`${server.base}${plan}/goals`);
      await page.selectOption('#level', 'sub');
      await page.fill('#title', 'Trygge skoleveier');
      await page.click('form.form button[type=submit]');
      assert.equal(await page.getAttribute('#parent', 'aria-invalid'), 'true');
      await assertNoViolations(page, `${lang} refused goal`);
      await page.goto(`${server.base}${plan}/measures`);
      await page.click('table.ds-table tbody a');
      await page.fill('#report_progress', '120');
      await page.click('form[action$="/reports"] button[type=submit]');
      assert.equal(await page.getAttribute('#report_progress', 'aria-invalid'), 'true');
      await assertNoViolations(page, `${lang} measure with a refused report`);
      // Inter-municipal cooperation: a name that is no municipality is refused and kept.
      await page.fill('#participants', 'Trysil, Atlantis');
      await Promise.all([page.waitForEvent('load'), page.click('form[action$="/participants"] button[type=submit]')]);
      assert.equal(await page.getAttribute('#participants', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#participants'), 'Trysil, Atlantis');
      await assertNoViolations(page, `${lang} refused cooperation`);
      await page.goto(`${server.base}${plan}/follow-up`);
      await assertNoViolations(page, `${lang} follow-up`);
      // The plan document: write a chapter with markup, then the document and the editor.
      await page.goto(`${server.base}${plan}/document/1`);
      await page.fill('#body', '# Bakgrunn\nAlle barn skal ha *trygge* voksne.[^1]\n\n| Tiltak | Eier |\n|---|---|\n| ICDP | Helsestasjonen |\n\n[^1]: Ungdata.');
      await assertNoViolations(page, `${lang} chapter editor`);
      await page.click('form.form button[type=submit]');
      await page.waitForURL(/#chapter-1$/);
      assert.equal(await page.textContent('#chapter-1 + h3'), 'Bakgrunn');
      await assertNoViolations(page, `${lang} document`);
      // Freeze two versions (the first refused for want of a decision), read one, compare.
      await page.selectOption('#kind', 'adopted');
      await page.click('form[action$="/document/versions"] button[type=submit]');
      assert.equal(await page.getAttribute('#decision_ref', 'aria-invalid'), 'true');
      await assertNoViolations(page, `${lang} refused version`);
      await page.selectOption('#kind', 'draft');
      await page.click('form[action$="/document/versions"] button[type=submit]');
      await page.waitForURL(/\/versions\/\d+$/);
      await assertNoViolations(page, `${lang} version`);
      await page.goto(`${server.base}${plan}/document`);
      await page.selectOption('#kind', 'hearing_draft');
      await page.click('form[action$="/document/versions"] button[type=submit]');
      await page.waitForURL(/\/versions\/\d+$/);
      // The hearing draft's public page (no staff links; anyone may read it).
      await page.click('a[href^="/hearings/"][href*="/versions/"]');
      await page.waitForURL(/\/hearings\/3425\/\d+\/versions\/\d+$/);
      await assertNoViolations(page, `${lang} public version`);
      await page.goto(`${server.base}${plan}/document`);
      await page.click('form[action$="/document/compare"] button[type=submit]');
      await page.waitForURL(/\/compare\?/);
      await assertNoViolations(page, `${lang} compare`);
      // PDF: the job's page while it runs (if we catch it) and when done; the script
      // brings the download link without a reload by hand.
      // With the plan check as its appendix, as the download form offers.
      await page.goto(`${server.base}${plan}/document`);
      await page.check('#appendix');
      await page.click('button[formaction$="/document.pdf"]');
      await page.waitForURL(/\/pdf\/[0-9a-f]+(\?|$)/);
      await assertNoViolations(page, `${lang} PDF job`);
      await page.waitForSelector('a[href$="/file"]', { timeout: 60000 });
      await assertNoViolations(page, `${lang} PDF ready`);
      const closedHearing = plan.replace('/organisations/3425/plans/', '/hearings/3425/');
      await page.goto(`${server.base}${closedHearing}`);
      await assertNoViolations(page, `${lang} closed hearing`);
      await page.goto(`${server.base}${closedHearing}/outcomes`);
      await assertNoViolations(page, `${lang} outcomes`);
      // An activity's edit page, and the plan page with a refused activity form.
      await page.goto(`${server.base}${plan}`);
      await page.click(`a[href^="${plan}/activities/"]`);
      await assertNoViolations(page, `${lang} activity`);
      await page.goto(`${server.base}${plan}`);
      await page.fill('#title', 'Kort høring');
      await page.selectOption('#kind', 'draft_hearing');
      await page.fill('#start', '01.03.2027');
      await page.fill('#end', '05.04.2027');
      await page.click('form[action$="/activities"] button[type=submit]');
      assert.equal(await page.getAttribute('#end', 'aria-invalid'), 'true');
      await assertNoViolations(page, `${lang} refused activity`);
      // The plan process: a new hearing's preview, the open hearing's close form
      // refused, and a removed chapter kept on the document page, refused deletion.
      await page.goto(`${server.base}${plan}`);
      await page.fill('#title', `Ny høring ${lang}`);
      await page.selectOption('#kind', 'draft_hearing');
      await page.fill('#start', '06.01.2027');
      await page.fill('#end', '17.02.2027');
      await page.click('form[action$="/activities"] button[type=submit]');
      await page.waitForURL(/#activities$/);
      await page.goto(`${server.base}${plan}/process`);
      await page.click(`a[href^="${plan}/process/hearings/"]`);
      await page.waitForURL(/\/process\/hearings\/\d+$/);
      assert.equal(await page.locator('#confirm_empty_chapters').count(), 1, 'the empty chapters are listed');
      await assertNoViolations(page, `${lang} hearing preview`);
      await page.click('form.form button[type=submit]');
      assert.equal(await page.locator('.ds-error-summary').count(), 1);
      await assertNoViolations(page, `${lang} refused hearing opening`);
      await page.goto(`${server.base}/organisations/3425/plans?type=violence`);
      const violence = await page.getAttribute('table.ds-table a', 'href');
      await page.goto(`${server.base}${violence}/process`);
      await page.click('form[action$="/process/close"] button[type=submit]');
      assert.equal(await page.getAttribute('#reason', 'aria-invalid'), 'true');
      await assertNoViolations(page, `${lang} refused close`);
      await page.goto(`${server.base}${plan}/programme`);
      await page.click('form[action$="/chapter-remove"] button[type=submit]');
      await page.goto(`${server.base}${plan}/document`);
      await page.click('form[action$="/forget"] button[type=submit]');
      assert.equal(await page.locator('#removed ~ .ds-error-summary, section[aria-labelledby=removed] .ds-error-summary').count(), 1);
      await assertNoViolations(page, `${lang} document with a removed chapter`);
      await page.click('form[action$="/chapter-restore"] button[type=submit]');
      await page.waitForURL(/\/programme#outline$/);
      await assertNoViolations(page, `${lang} programme`);
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

describe('keyboard: a plan and an activity', () => {
  let browser;
  before(async () => { browser = await openBrowser('en-GB'); });
  after(async () => { await browser?.close(); });

  test('a plan lead creates a plan and an activity without a mouse', async () => {
    const page = await browser.context.newPage();
    await login(page, server.base, 'planleiar@engerdal.demo');
    await page.goto(`${server.base}/organisations/3425/plans`);
    await page.focus('#plan_type');
    await page.keyboard.type('Suicide');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Plan for suicide prevention 2026–2029');
    await page.keyboard.press('Tab'); // phase stays "Start"
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2029');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // under the Planning and Building Act
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // a programme like Engerdal's
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plans\/\d+$/);
    assert.equal(await page.textContent('h1'), 'Plan for suicide prevention 2026–2029');
    assert.match(await page.textContent('dl.facts'), /Suicide prevention action plan/);

    await page.focus('#kind');
    await page.keyboard.type('Hearing of the draft');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hearing of the draft plan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('04.01.2027');
    await page.keyboard.press('Tab');
    await page.keyboard.type('15.02.2027');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#activities$/);
    const row = await page.textContent('table.ds-table tbody');
    assert.match(row, /04\.01\.2027–15\.02\.2027/);
    assert.match(row, /Hearing of the draft plan/);
    assert.match(row, /planned/);
  });

  test('a plan lead opens and closes a hearing without a mouse', async () => {
    const page = await browser.context.newPage();
    await login(page, server.base, 'planleiar@engerdal.demo');
    await page.goto(`${server.base}/organisations/3425/plans`);
    await page.focus('#plan_type');
    await page.keyboard.type('Plan for preventive');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Preventive plan heard by keyboard');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab'); // phase, period, the Act
    await page.keyboard.press('ArrowDown'); // a programme like Engerdal's
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plans\/\d+$/);
    const plan = new URL(page.url()).pathname;
    // A hearing from today, six weeks and a day.
    const day = (offset) => {
      const d = new Date(Date.now() + offset * 86400000);
      return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
    };
    await page.focus('#kind');
    await page.keyboard.type('Hearing of the draft');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hearing of the draft plan');
    await page.keyboard.press('Tab');
    await page.keyboard.type(day(0));
    await page.keyboard.press('Tab');
    await page.keyboard.type(day(43));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#activities$/);
    // Freeze the hearing draft on the document page.
    await page.goto(`${server.base}${plan}/document`);
    await page.focus('#kind');
    await page.keyboard.type('Hearing draft');
    await page.focus('form[action$="/document/versions"] button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/versions\/\d+$/);
    // The process page: Tab to the preview link, confirm the empty chapters, open.
    await page.goto(`${server.base}${plan}/process`);
    await page.focus(`a[href^="${plan}/process/hearings/"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/process\/hearings\/\d+$/);
    await page.focus('#confirm_empty_chapters');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/process$/);
    assert.match(await page.textContent('main'), /Open for input until/);
    // Close it early with a reason.
    await page.focus('#reason');
    await page.keyboard.type('The council meets earlier than planned');
    await page.keyboard.press('Tab');
    // The form posts to /process/close and is sent back to /process: wait for that page.
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(await page.textContent('main'), /before its deadline: The council meets earlier than planned/);
    const publicPage = plan.replace('/organisations/3425/plans/', '/hearings/3425/');
    await page.goto(`${server.base}${publicPage}`);
    assert.match(await page.textContent('main'), /hearing (is|has) (closed|ended)/i);
  });
});

describe('the chapter editor', () => {
  let browser;
  before(async () => { browser = await openBrowser('nb-NO'); });
  after(async () => { await browser?.close(); });

  test('the preview follows the text as it is typed, and nothing is saved', async () => {
    const page = await browser.context.newPage();
    await login(page, server.base, 'planleiar@engerdal.demo');
    await page.goto(`${server.base}/organisations/3425/plans?type=preventive`);
    const plan = await page.getAttribute('table.ds-table a', 'href');
    const editor = `${server.base}${plan}/document/1`;
    await page.goto(editor);
    const before = await page.inputValue('#body');
    await page.fill('#body', '');
    await page.type('#body', '## Levende forhåndsvisning\n\nTeksten med **fet** skrift.');
    await page.waitForSelector('#preview h3', { timeout: 10000 });
    assert.equal((await page.textContent('#preview h3')).trim(), 'Levende forhåndsvisning');
    assert.equal((await page.textContent('#preview strong')).trim(), 'fet');
    await page.goto(editor);
    assert.equal(await page.inputValue('#body'), before, 'a preview saves nothing');
  });
});

describe('the plan check', () => {
  let browser;
  before(async () => { browser = await openBrowser('nb-NO'); });
  after(async () => { await browser?.close(); });

  test("a finding's link lands on the form with the field it names focused", async () => {
    const page = await browser.context.newPage();
    await login(page, server.base, 'planleiar@engerdal.demo');
    // The demo's plan by its title: other tests add plans of their own to this server.
    await page.goto(`${server.base}/organisations/3425/plans?type=preventive`);
    const plan = await page.getAttribute('table.ds-table a:text-is("Plan for forebyggende arbeid")', 'href');
    const report = `${server.base}${plan}/check`;
    const cases = [
      // [the finding's rule, the page the link opens, the field that has the caret]
      ['evaluation-dates', /\/measures\/\d+#evaluation$/, 'evaluation'],
      ['cooperation-described', /\/document\/3\.3#body$/, 'body'],
      ['inputs-answered', /\/inputs#decision-\d+$/, /^decision-\d+$/],
      ['expected-themes', /\/measures\/new#theme-suicide$/, 'theme-suicide'],
      ['child-welfare-role', /\/programme#decided_on$/, 'decided_on'],
      ['goals-measured', /\/goals\?edit=\d+#indicator$/, 'indicator'],
    ];
    for (const [rule, address, field] of cases) {
      await page.goto(report);
      await page.click(`#rule-${rule} li:last-child a`);
      await page.waitForLoadState();
      assert.match(page.url(), address, rule);
      const focused = await page.evaluate(() => document.activeElement?.id ?? '');
      if (field instanceof RegExp) assert.match(focused, field, rule);
      else assert.equal(focused, field, rule);
      assert.ok(await page.evaluate(() => document.activeElement.checkVisibility()), `${rule}: the field is visible`);
    }
  });
});
