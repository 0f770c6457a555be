/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/env';

/**
 * Real headless Chromium from Debian (/usr/bin/chromium), driven by playwright-core; never a
 * downloaded browser. `.ci/run` installs the package when it is missing.
 */
export const CHROMIUM = CHROMIUM_PATH;
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps calling Google's hosts, which this closed network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

export async function newContext(browser: Browser, baseURL: string, device: typeof PHONE | typeof DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ ...device, baseURL, locale: 'it-IT', timezoneId: 'Europe/Rome' });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core on the page as it is now (WCAG 2.0/2.1 A and AA rules): the serious and critical
 * violations. The source is evaluated through the DevTools protocol, so the page's CSP stays on.
 */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password = 'prossimo-demo'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

type Device = typeof PHONE | typeof DESKTOP;

/**
 * What every browser suite needs, once: one Chromium for the suite, a fresh context per page
 * (Italian, Europe/Rome, the given device), no uncaught page error in any test, and `check`, which
 * waits for the page to settle, takes its screenshot and fails on a serious axe-core finding.
 * Call it inside the suite's function: it registers the suite's beforeAll, afterEach and afterAll.
 */
export function browserSession(system: () => { url: string }, defaultDevice: Device = PHONE) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
  });

  return {
    async open(device: Device = defaultDevice): Promise<Page> {
      const context = await newContext(browser, system().url, device);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
      return page;
    },

    async check(page: Page, name: string): Promise<void> {
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => /Caricamento|Loading/.test(e.textContent ?? '')), undefined, { timeout: 30_000 });
      await screenshot(page, name);
      expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
    },

    /** Nothing wider than the phone's screen: no sideways scrolling. */
    async fitsThePhone(page: Page): Promise<void> {
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    },

    /** Ticks or unticks a checkbox as a person does: on its label (the theme draws the box there). */
    async tick(scope: Page | ReturnType<Page['getByTestId']>, testId: string, on = true): Promise<void> {
      const box = scope.getByTestId(testId);
      if ((await box.isChecked()) !== on) await scope.locator(`label[for="${await box.getAttribute('id')}"]`).click();
      expect(await box.isChecked()).toBe(on);
    },
  };
}
