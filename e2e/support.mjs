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
