// The web app in a real browser: upload the hosting-suspension agreement and letter through the page, read
// the verdict, review a deadline, file a notice emailed to no contract, subscribe to the calendar feed; axe
// checks and a screenshot of each page.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { createTransport } from 'nodemailer';

const example = (name: string) => fileURLToPath(new URL(`../../examples/hosting-suspension/${name}`, import.meta.url));
const shots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const base = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through test/e2e/playwright.config.ts');
  return url;
};

const smtpPort = () => {
  const port = Number(process.env.E2E_SMTP_PORT);
  if (!port) throw new Error('E2E_SMTP_PORT is not set: run through test/e2e/playwright.config.ts');
  return port;
};

/** The hosting-suspension letter as the provider's lawyer emails it: to the plain notices address, naming no contract. */
async function emailLetterToNoContract(): Promise<void> {
  const body = await readFile(example('letter.txt'), 'utf8');
  const message = [
    'From: "Legal, Stratoshelf Hosting" <legal@stratoshelf.example>',
    'To: notices@inbound.localhost',
    'Cc: Kestrel Analytics <ops@kestrel.example>',
    'Subject: Notice of Suspension',
    'Date: Sat, 09 Jan 2021 18:07:00 -0800',
    'Message-ID: <e2e-unmatched@stratoshelf.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');
  // The local stack's SMTP inbox, as a mail server would deliver it (plain SMTP on the loopback interface).
  const transport = createTransport({ host: '127.0.0.1', port: smtpPort(), secure: false, ignoreTLS: true });
  await transport.sendMail({ envelope: { from: 'legal@stratoshelf.example', to: ['notices@inbound.localhost'] }, raw: message });
  transport.close();
}

let page: Page; // the journey's page; the feed test opens its own
let contractUrl = '';

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
test.afterAll(async () => page.context().close());

async function noSeriousViolations(name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${name}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
  // The first screenful, small enough for the README (docs/images holds copies of the contract and verdict ones).
  await page.screenshot({ path: `${shots}${name}-top.png`, clip: { x: 0, y: 0, width: 1280, height: 820 }, scale: 'css' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}${name}-phone.png`, fullPage: true });
  await noSeriousViolations(`${name} at phone width`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

// One journey, as a person makes it: each step starts on the page the step before left open.
test('a legal-ops user uploads an agreement and a letter, reads the verdict and reviews a deadline', async () => {
  test.setTimeout(300_000);
  await test.step('the contracts page opens signed in as the demo tenant', async () => {
    await page.goto(`${base()}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible();
    await expect(page.getByText('No contracts yet')).toBeVisible();
    await noSeriousViolations('contracts (empty)');
  });

  await test.step('uploading the agreement shows progress and follows it to done', async () => {
    await page.getByRole('link', { name: 'Upload', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Upload' })).toBeVisible();
    await page.getByLabel('the agreement').check();
    await page.getByLabel('Choose a file').setInputFiles(example('agreement.pdf'));
    await expect(page.getByText('agreement.pdf')).toBeVisible();
    await expect(page.locator('.jobs').getByText('Done')).toBeVisible({ timeout: 60_000 });
    await noSeriousViolations('upload');
    await shoot('upload');
  });

  await test.step('uploading the letter to the same contract leads to its verdict', async () => {
    await expect(page.getByLabel('a notice letter')).toBeChecked();
    await page.getByLabel('Choose a file').setInputFiles(example('letter.txt'));
    const letterJob = page.locator('.jobs li', { hasText: 'letter.txt' });
    await expect(letterJob.getByText('Done')).toBeVisible({ timeout: 60_000 });
    await letterJob.getByRole('link', { name: 'See the verdict' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Verdict' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Compliant only if the stated ground exists' })).toBeVisible();
    await expect(page.getByText('Stratoshelf Hosting, Inc.').first()).toBeVisible();
    await expect(page.getByText('Kestrel Analytics LLC').first()).toBeVisible();
    await expect(page.getByText('Mon, 8 Feb 2021').first()).toBeVisible(); // the earliest compliant date
    await expect(page.getByText('29 days short')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Governing clause — Section 3\.1/ })).toBeVisible();
    await expect(page.locator('.clause.governing mark').first()).toContainText('immediately');
    await expect(page.getByText(/Pacific Time/).first()).toBeVisible();
    // Plain words: no machine codes on the page.
    await expect(page.locator('main')).not.toContainText('CONDITIONAL');
    await expect(page.locator('main')).not.toContainText('policy-violation');
    await noSeriousViolations('verdict');
    await shoot('verdict');
  });

  await test.step('the contract page shows the provisions, the deadlines on a timeline and the history', async () => {
    await page.getByRole('link', { name: 'Back to the contract' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Stratoshelf Hosting, Inc\. and Kestrel Analytics LLC/ })).toBeVisible();
    contractUrl = page.url();
    await expect(page.getByRole('heading', { name: /Suspension — Section 3\.1/ })).toBeVisible();
    await expect(page.locator('.provisions mark').first()).toBeVisible();
    // The agreement's own text, with the chosen clause marked where it stands in the document.
    const suspension = page.locator('.provisions li').filter({ hasText: 'Section 3.1' }).first();
    await suspension.getByRole('button', { name: 'Show in the document' }).click();
    await expect(page.locator('.document-text mark')).toContainText('immediately');
    await expect(page.getByRole('list', { name: 'Deadlines in date order, with today' })).toBeVisible();
    await expect(page.locator('.timeline-today')).toContainText('Today');
    const first = page.locator('.deadline').first();
    await first.getByText('How this date was counted').click();
    await expect(first.locator('.steps li').first()).toBeVisible();
    await noSeriousViolations('contract');
    await shoot('contract');
  });

  await test.step('the contracts page lists the contract with its documents done and its next deadline', async () => {
    await page.getByRole('link', { name: 'Contracts', exact: true }).click();
    const card = page.locator('.card', { hasText: 'Stratoshelf' });
    await expect(card.getByText('Done').first()).toBeVisible();
    await page.getByLabel('Search').fill('no such party');
    await expect(page.getByText('0 of 1 contracts')).toBeVisible();
    await page.getByLabel('Search').fill('kestrel');
    await expect(page.getByText('1 of 1 contracts')).toBeVisible();
    await noSeriousViolations('contracts');
    await shoot('contracts');
  });

  await test.step('the deadlines page shows a window as a list and a month calendar', async () => {
    await page.getByRole('link', { name: 'Deadlines', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
    await expect(page.locator('table.calendar caption')).toBeVisible();
    // The tenant's reminder setting is saved through the API and read back; it is left as it was found.
    const setting = page.getByRole('checkbox', { name: /Send reminders for newly computed deadlines/ });
    await expect(setting).not.toBeChecked();
    await setting.check();
    await expect(page.getByRole('status').filter({ hasText: 'without a review' })).toBeVisible();
    await setting.uncheck();
    await expect(page.getByRole('status').filter({ hasText: 'wait for a review' })).toBeVisible();
    await noSeriousViolations('deadlines');
    await shoot('deadlines');
  });

  // Needs PATCH /contracts/{id}/deadlines/{deadlineId} and GET /contracts/{id}/history.
  await test.step('confirming a deadline records it in the history', async () => {
    await page.goto(contractUrl);
    const first = page.locator('.deadline').first();
    await first.getByRole('button', { name: /^Confirm/ }).click();
    await expect(first.getByText('Confirmed')).toBeVisible();
    await expect(page.locator('.history li').first()).toContainText('confirmed');
  });

  const contractId = () => decodeURIComponent(new URL(contractUrl).hash.split('/').pop() ?? '');
  const mailLink = () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Unmatched mail/ });

  await test.step('the unmatched-mail page, empty, says where notices for a contract are sent', async () => {
    await mailLink().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Unmatched mail' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No mail is waiting' })).toBeVisible();
    await expect(page.locator('main')).toContainText(`notices+${contractId()}@inbound.localhost`);
    await expect(mailLink()).toHaveAccessibleName('Unmatched mail');
    await noSeriousViolations('unmatched mail (empty)');
  });

  // Needs the local SMTP inbox, GET /mail/unmatched and POST /mail/unmatched/{messageId}/assign.
  await test.step('a notice emailed to no contract is listed with its candidate and filed by one click', async () => {
    await emailLetterToNoContract();
    await page.reload(); // still on the empty page: the mail arrived after it was read
    await expect(mailLink()).toHaveAccessibleName('Unmatched mail, 1 message waiting');
    const card = page.locator('.card.mail', { hasText: 'Notice of Suspension' });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('Legal, Stratoshelf Hosting <legal@stratoshelf.example>');
    await expect(card).toContainText('notices@inbound.localhost');
    await expect(card).toContainText('Kestrel Analytics <ops@kestrel.example>');
    await expect(card).toContainText("Sat, 9 Jan 2021, 18:07 (UTC−08:00), the sender's time");
    await expect(card.getByRole('combobox', { name: 'Or file it under another contract' })).toBeVisible();
    await noSeriousViolations('unmatched mail');
    await shoot('unmatched-mail');

    await card.getByRole('button', { name: 'File as a letter of Stratoshelf Hosting, Inc. and Kestrel Analytics LLC' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Filed “Notice of Suspension” as a letter of Stratoshelf Hosting' }),
    ).toBeVisible();
    await expect(page.locator('.card.mail')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'No mail is waiting' })).toBeVisible();
    await expect(mailLink()).toHaveAccessibleName('Unmatched mail');
    await noSeriousViolations('unmatched mail (filed)');
    await shoot('unmatched-mail-filed');
    await page.reload(); // the list comes from the service, not from the page's memory
    await expect(page.getByRole('heading', { name: 'No mail is waiting' })).toBeVisible();
  });

  await test.step("the filed message becomes the contract's letter and is judged", async () => {
    await page.goto(contractUrl);
    const verdictLink = page.getByRole('link', { name: 'See the verdict on “notice.eml”' });
    // Ingest reads and judges the letter after the copy lands: reload until the contract shows it done.
    await expect(async () => {
      await page.reload();
      await expect(verdictLink).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 90_000 });
    await verdictLink.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verdict' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Compliant only if the stated ground exists' })).toBeVisible();
  });
});

// Needs POST /feeds and GET /feeds/{token}.ics. Its own page, so it runs whatever the journey above did.
test('a calendar feed address can be created, copied and fetched', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${base()}/#/calendar-feed`);
  await page.getByRole('button', { name: 'Create a feed address' }).click();
  const address = page.getByLabel(/Your new feed address/);
  await expect(address).toBeVisible({ timeout: 15_000 });
  const url = await address.inputValue();
  expect(url).toMatch(/\/feeds\/[^/]+\.ics$/);
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await noSeriousViolations('calendar feed');
  await shoot('calendar-feed');
});
