import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureDebianPackage } from './helpers/debian.js';
import { HELD_BULLETIN, startConsolePair, type ConsolePair } from './helpers/console-pair.js';
import type { ProcessNode } from './helpers/process-node.js';

// The console in a real browser (Debian's chromium, headless) against a real parent and child: an
// operator logs in, stages a bulletin and watches it, sets a custom severity, creates a policy, changes
// a rule's schedule, runs it now and sees the run arrive with its verification; on the child's console
// the policy is read-only. Any browser console error or page error fails the test, and no view may
// scroll sideways at 1,280 px. UPDATE_SCREENSHOTS=1 writes the README's screenshots.

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const WIDTH = 1280;
const POLICY = 'Browser rollout';
const TABS = ['hierarchy', 'rules', 'runs', 'bulletins', 'policies', 'sources', 'settings'];

let pair: ConsolePair | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
/** Every console error and page error of every page, as "where: text". */
const errors: string[] = [];

beforeAll(async () => {
  // A fresh machine (or CI) gets chromium from Debian here: the first run may take minutes.
  const executablePath = await ensureDebianPackage('chromium', '/usr/bin/chromium');
  pair = await startConsolePair();
  // As root (CI containers) chromium needs --no-sandbox; the pages come from 127.0.0.1 only.
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 900_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await pair?.close();
});

afterEach(() => {
  const seen = errors.splice(0); // each test answers for its own pages
  expect(seen, 'browser console errors and page errors').toEqual([]);
});

const tokenOf = (node: ProcessNode) => readFileSync(join(node.dataDir, 'admin-token'), 'utf8').trim();

async function open(node: ProcessNode, name: string): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: WIDTH, height: 640 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${name} console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${name} page error: ${e.message}`));
  await page.goto(node.url);
  return page;
}

async function login(page: Page, node: ProcessNode): Promise<void> {
  await page.getByTestId('token').waitFor();
  // Nothing of the app before login: no tabs, no data.
  expect(await page.locator('nav.tabs').count()).toBe(0);
  await page.getByTestId('token').fill(tokenOf(node));
  await page.getByTestId('login').click();
  await page.getByTestId('node-id').waitFor();
}

async function tab(page: Page, id: string): Promise<void> {
  await page.getByTestId(`tab-${id}`).click();
  await page.locator(`nav.tabs a.active[data-testid="tab-${id}"]`).waitFor();
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where} scrolls sideways at ${WIDTH} px`).toBeLessThanOrEqual(0);
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }); // as tall as the view, no taller
}

const notice = (page: Page) => page.getByTestId('notice');

describe('the console in a real browser', () => {
  it('lets the parent\'s operator stage, set a severity, create a policy, change a rule and run it now', async () => {
    const { parent } = pair!;
    const page = await open(parent, 'parent');
    await login(page, parent);

    // Custom severity levels first (Settings), so a bulletin can be given one.
    await tab(page, 'settings');
    const levels = page.getByTestId('severity-levels');
    await levels.locator('textarea').fill('Patch now\nThis month\nWhen convenient');
    await levels.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await parent.api('GET', '/severity-levels')).body.levels).toEqual(['Patch now', 'This month', 'When convenient']);

    // Stage: the file server holds half of the bulletin's bytes, so the progress shows until released.
    await tab(page, 'bulletins');
    const rows = page.locator('tr[data-testid^="bulletin-"]');
    await page.locator('select[name="vendor"]').selectOption('Fabrikam');
    await expect.poll(() => rows.count()).toBe(2);
    await page.locator('select[name="vendor"]').selectOption('');
    await page.locator('th.sortable', { hasText: 'bulletin' }).click(); // by id, ascending (it opened newest first)
    await expect.poll(() => rows.first().getAttribute('data-testid')).toBe('bulletin-CONTOSO-2026-001');
    const row = page.getByTestId(`bulletin-${HELD_BULLETIN}`);
    await row.getByRole('button', { name: 'Stage' }).click();
    const progress = page.getByTestId(`stage-progress-${HELD_BULLETIN}`);
    await expect.poll(() => progress.textContent()).toMatch(/staging \d of 2 files, [\d.]+ KB of 600 KB/);
    await expect.poll(() => progress.locator('progress').getAttribute('value')).not.toBe('0');
    await screenshot(page, 'remediation-center-staging');
    pair!.release();
    await expect.poll(async () => (await row.getByTestId('staged').textContent())?.trim()).toBe('yes');
    await expect(progress.count()).resolves.toBe(0);

    // Detail with its updates, and a custom severity.
    await row.getByRole('link', { name: HELD_BULLETIN }).click();
    const detail = page.getByTestId('bulletin-detail');
    await expect.poll(() => detail.locator('tbody tr').count()).toBe(2);
    await detail.getByTestId('severity-select').selectOption('Patch now');
    await detail.getByTestId('severity-save').click();
    await expect.poll(() => row.getByTestId('custom-severity').textContent()).toBe('Patch now');
    expect((await parent.api('GET', `/bulletins/${HELD_BULLETIN}`)).body.customSeverity).toBe('Patch now');
    await expectNoSidewaysScroll(page, 'bulletin detail');

    // A policy from the selected staged bulletin.
    await row.getByRole('checkbox').check();
    const form = page.getByTestId('new-policy');
    await form.locator('input[name="policy-name"]').fill(POLICY);
    await form.locator('input[name="target"]').fill('Berlin workstations');
    await form.getByRole('button', { name: 'Create policy' }).click();
    await expect.poll(() => notice(page).textContent()).toContain(`policy "${POLICY}" created`);
    const created = ((await parent.api('GET', '/policies')).body.policies as Array<{ name: string; bulletinIds: string[] }>).find((p) => p.name === POLICY);
    expect(created?.bulletinIds).toEqual([HELD_BULLETIN]);
    await tab(page, 'policies');
    await page.getByTestId(`policy-${POLICY}`).getByRole('link').click();
    await expect.poll(() => page.getByTestId('policy-detail').locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'policies');

    // The policies rule: a new schedule, then run it now for the child and watch the run arrive.
    await tab(page, 'rules');
    const rule = page.getByTestId('rule-policies');
    await rule.locator('input[name="schedule"]').fill('15 3 * * *');
    await rule.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await parent.api('GET', '/replication/rules')).body.rules.policies.schedule).toBe('15 3 * * *');
    const runNow = page.getByTestId('run-now');
    await runNow.locator('select[name="rule"]').selectOption('policies');
    await runNow.locator('select[name="child"]').selectOption(pair!.childId);
    await runNow.getByRole('button', { name: 'Run now' }).click();
    const arrived = page.getByTestId('arriving').getByTestId('run-row').filter({ hasText: 'policies' }).filter({ hasText: 'parent' });
    await arrived.first().waitFor({ timeout: 30_000 });
    await expect.poll(() => arrived.first().getByTestId('verification').textContent()).toMatch(/digest equal · sampled \d+ · mismatched 0 · repaired 0/);
    await screenshot(page, 'rules-run-now');

    // The run in the history (with the chart), and the child green in the hierarchy.
    await tab(page, 'runs');
    await page.locator('select[name="rule"]').selectOption('policies');
    await expect.poll(() => page.getByTestId('run-row').filter({ hasText: 'parent' }).count()).toBeGreaterThan(0);
    await page.getByTestId('run-chart').locator('rect').first().waitFor();
    await page.locator('select[name="rule"]').selectOption('');
    await screenshot(page, 'run-history');
    await tab(page, 'hierarchy');
    await expect.poll(() => page.getByTestId(`state-${pair!.childId}`).textContent()).toBe('ok');
    await screenshot(page, 'hierarchy');

    for (const id of TABS) {
      await tab(page, id);
      await expectNoSidewaysScroll(page, `the ${id} view`);
    }

    // Logout: back to the login box alone, and the token is gone from the tab.
    await page.getByTestId('logout').click();
    await page.getByTestId('token').waitFor();
    expect(await page.locator('nav.tabs').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('shows the replicated policy read-only on the child\'s console', async () => {
    const { child } = pair!;
    const page = await open(child, 'child');
    await login(page, child);
    await tab(page, 'policies');
    const row = page.getByTestId(`policy-${POLICY}`);
    await expect.poll(() => row.textContent()).toContain('replicated (read-only)');
    await row.getByRole('link').click();
    const detail = page.getByTestId('policy-detail');
    await detail.getByTestId('read-only').waitFor();
    expect(await detail.locator('input[name="name"]').isDisabled()).toBe(true);
    expect(await detail.getByRole('button', { name: /Save|Delete|Disable|Enable/ }).count()).toBe(0);
    await screenshot(page, 'child-policy-read-only');

    // The child's catalog came from its parent: no staging nor severity from here.
    await tab(page, 'bulletins');
    await page.getByTestId('bulletin-CONTOSO-2026-001').waitFor();
    expect(await page.getByRole('button', { name: 'Stage' }).count()).toBe(0);
    for (const id of TABS) {
      await tab(page, id);
      await expectNoSidewaysScroll(page, `the child's ${id} view`);
    }
  });
  it('registers and removes a child (credential shown once), adds and edits a source, edits and deletes a policy, sets exclusions', async () => {
    const { parent } = pair!;
    const page = await open(parent, 'parent (admin)');
    await login(page, parent);

    const register = page.locator('form', { has: page.getByRole('button', { name: 'Register child' }) });
    await register.locator('input').first().fill('site-paris');
    await register.getByRole('button', { name: 'Register child' }).click();
    const credential = page.getByTestId('credential');
    await expect.poll(() => credential.locator('pre').textContent()).toMatch(/"childId": "site-paris",\s+"credential": "[^"]{16,}"/);
    await credential.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByTestId('credential').count()).toBe(0); // shown once
    await page.getByTestId('child-site-paris').waitFor();
    const childRow = page.locator('tr', { hasText: 'site-paris' });
    await childRow.getByRole('button', { name: 'Remove' }).click();
    await childRow.getByRole('button', { name: 'Remove site-paris: sure?' }).click();
    await expect.poll(async () => (await parent.api('GET', '/children')).body.children.map((c: { id: string }) => c.id)).toEqual([pair!.childId]);

    await tab(page, 'sources');
    const add = page.locator('form', { has: page.getByRole('button', { name: 'Add source' }) });
    await add.locator('input[name="name"]').fill('mirror');
    await add.locator('input[name="urls"]').fill('http://127.0.0.1:9/catalog.ndjson');
    await add.getByRole('button', { name: 'Add source' }).click();
    const source = page.getByTestId('source-mirror');
    await source.locator('input[name="schedule"]').fill('0 4 * * *');
    await source.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await parent.api('GET', '/sources/mirror')).body.schedule).toBe('0 4 * * *');
    await source.getByRole('button', { name: 'Remove' }).click();
    await source.getByRole('button', { name: 'Remove with its bulletins?' }).click();
    await expect.poll(async () => ((await parent.api('GET', '/sources')).body.sources as Array<{ name: string }>).map((s) => s.name)).toEqual(['contoso']);
    await expectNoSidewaysScroll(page, 'the sources view');

    // A policy edited, disabled and enabled again, then deleted.
    await tab(page, 'policies');
    await page.getByTestId(`policy-${POLICY}`).getByRole('link').click();
    const detail = page.getByTestId('policy-detail');
    const policyNamed = async (name: string) => ((await parent.api('GET', '/policies')).body.policies as Array<{ name: string; target: string; enabled: boolean }>).find((p) => p.name === name);
    await detail.locator('input[name="target"]').fill('Berlin and Paris workstations');
    await detail.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await policyNamed(POLICY))?.target).toBe('Berlin and Paris workstations');
    await detail.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(async () => (await policyNamed(POLICY))?.enabled).toBe(false);
    await detail.getByRole('button', { name: 'Enable' }).click();
    await expect.poll(async () => (await policyNamed(POLICY))?.enabled).toBe(true);
    await detail.getByRole('button', { name: 'Delete' }).click();
    await detail.getByRole('button', { name: `Delete ${POLICY}: sure?` }).click();
    await expect.poll(async () => policyNamed(POLICY)).toBeUndefined();
    await expect.poll(() => page.getByTestId(`policy-${POLICY}`).count()).toBe(0);

    // Exclusions, one per line.
    await tab(page, 'settings');
    const exclusions = page.getByTestId('exclusions');
    await exclusions.locator('textarea').fill('Contoso Legacy\nFabrikam Viewer');
    await exclusions.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await parent.api('GET', '/exclusions')).body.exclusions).toEqual(['Contoso Legacy', 'Fabrikam Viewer']);
  });
});
