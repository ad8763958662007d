// Starts a forebygg server with demo data on a free loopback port, and opens Debian's
// chromium through playwright-core (no downloaded browser).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const targetDir = process.env.CARGO_TARGET_DIR ?? new URL('../target', import.meta.url).pathname;
const binary = process.env.FOREBYGG_BIN ?? join(targetDir, 'debug', 'forebygg');

export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'forebygg-e2e-'));
  const child = spawn(binary, ['--data-dir', dataDir, 'serve', '--addr', '127.0.0.1:0', '--demo'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, FOREBYGG_LOG: 'warn' },
  });
  const lines = createInterface({ input: child.stdout });
  const base = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    lines.on('line', (line) => {
      const match = line.match(/http:\/\/(\S+)/);
      if (match) resolve(`http://${match[1]}`);
    });
  });
  return {
    base,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A fresh browser profile whose Accept-Language is `locale`. */
export async function openBrowser(locale) {
  const profile = mkdtempSync(join(tmpdir(), 'forebygg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
    locale,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function login(page, base, email) {
  await page.goto(`${base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', 'forebygg-demo');
  await page.click('form.form button[type=submit]');
  await page.waitForURL(`${base}/`);
}

/**
 * Adopts the demo's plan for preventive work (its hearing has closed) as the plan lead
 * does on the document page, so that the public pages of an adopted plan exist.
 * Returns the public address of the adopted version.
 */
export async function adoptDemoPlan(base) {
  const browser = await openBrowser('nb-NO');
  try {
    const page = await browser.context.newPage();
    await login(page, base, 'planleiar@engerdal.demo');
    await page.goto(`${base}/organisations/3425/plans?type=preventive`);
    const plan = await page.getAttribute('table.ds-table a', 'href');
    await page.goto(`${base}${plan}/document`);
    const versionUrl = await page.evaluate(async (action) => {
      const csrf = document.querySelector('input[name=csrf]').value;
      const body = new URLSearchParams({
        csrf, kind: 'adopted', date: '18.04.2024', decision_ref: 'KST-sak 12/24', body: 'council',
        confirm_unanswered: 'yes',
      });
      const response = await fetch(action, { method: 'POST', body });
      return response.url;
    }, `${base}${plan}/document/versions`);
    const vid = new URL(versionUrl).pathname.split('/').pop();
    if (!/^\d+$/.test(vid)) throw new Error(`the plan was not adopted: ${versionUrl}`);
    return `${plan.replace('/organisations/3425/plans/', '/hearings/3425/')}/versions/${vid}`;
  } finally {
    await browser.close();
  }
}
