// The playground in a real browser (Debian's Chromium through playwright-core), served by the
// real `npm start` server: the compose form, the real taskpane in its frame, the real send
// handler behind the Send button. What a newcomer without Outlook does, row by row of the
// decision table: personal data found within one beat, Send stops once and arms, the second Send
// goes through with X-Secure-Post; the marker removed, the lapse alert within one beat and Send
// blocked; faults fail closed; Mask CPR numbers; Danish and English.
// Screenshots of each state go to test-results/e2e/ (git-ignored).

import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, FrameLocator, Page } from "playwright-core";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import { Harness, pageErrors, shot, SHOTS, startHarness } from "./harness";

jest.setTimeout(30000);

/** The taskpane re-reads the item every 1.5 seconds (src/taskpane/taskpane.ts). */
const BEAT_MS = 1500;
/** The promise to the user: a lapse is shown within 2 seconds of the marker going. */
const LAPSE_PROMISE_MS = 2000;
/** What one re-read of the item may take on top of the beat (a loaded CI machine included). */
const READ_MS = 600;
const HEADER = "X-Secure-Post";

const CPR = syntheticCpr({ year: 1987, month: 11, day: 3, mod11: true, seed: 41 });
const CPR_TEXT = formatCpr(CPR, "hyphen");
const MASKED = `${CPR.slice(0, 6)}-XXXX`;
/** A number issued without the modulus-11 check (since 2007): still a CPR number. */
const CPR2 = syntheticCpr({ year: 1970, month: 1, day: 1, mod11: false, seed: 5 });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60000);
afterAll(async () => {
  if (h) await h.close();
  fs.writeFileSync(path.join(SHOTS, "timings.json"), JSON.stringify(timings, null, 2) + "\n");
});

function pane(page: Page): FrameLocator {
  return page.frameLocator("#taskpane-frame");
}

/**
 * One page for the whole file (loading the playground is the slow part on a busy machine); each
 * test starts from a new message ("Kassér" / Discard: a fresh fake item, the taskpane reloaded),
 * in Danish, with no faults injected. A test that needs its own page passes `fresh`.
 */
let shared: { page: Page; context: BrowserContext } | null = null;

async function withPage(run: (page: Page) => Promise<void>, fresh?: string): Promise<void> {
  let page: Page;
  let own: BrowserContext | null = null;
  if (fresh !== undefined || !shared) {
    const opened = await h.newPage(fresh || "?lang=da");
    if (fresh === undefined) shared = opened;
    else own = opened.context;
    page = opened.page;
  } else {
    page = shared.page;
    if (await page.locator("#smart-alert").isVisible()) await page.keyboard.press("Escape");
    if ((await page.locator("#lang-da").getAttribute("aria-pressed")) !== "true") await page.click("#lang-da");
    await page.evaluate(() => {
      for (const sel of Array.from(document.querySelectorAll<HTMLSelectElement>("#faults select"))) sel.value = "";
    });
    await page.click("#discard");
  }
  try {
    // The taskpane has started once it has said what Send will do.
    await pane(page).locator("#verdict").filter({ hasText: /Send/ }).waitFor({ timeout: 10000 });
    await run(page);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    if (own) await own.close();
  }
}

/** Types into the body editor: `lead` arrives as one input (pasted), `typed` key by key. */
async function typeBody(page: Page, lead: string, typed = ""): Promise<void> {
  await page.click("#body");
  if (lead) await page.keyboard.insertText(lead);
  if (typed) await page.keyboard.type(typed);
}

/** Measured beats, written to test-results/e2e/timings.json to see the margin. */
const timings: { [what: string]: number } = {};

/** Milliseconds until `wait` resolves. */
async function timed(what: string, wait: () => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await wait();
  return (timings[what] = Date.now() - start);
}

function header(page: Page): Promise<string | undefined> {
  return page.evaluate((name) => {
    const headers = (window as any).spgPlayground.fake.state.headers as { [k: string]: string };
    return headers[name];
  }, HEADER);
}

async function openDevPanel(page: Page): Promise<void> {
  if (!(await page.locator("#dev").evaluate((d) => (d as HTMLDetailsElement).open))) await page.click("#dev > summary");
}

test("typing a CPR number: the taskpane (running on the page's fake Office) shows it masked within one beat", async () => {
  await withPage(async (page) => {
    // The frame runs the real taskpane bundle against the playground's fake, not Office.js.
    const sameOffice = await page.frame({ url: /playground-taskpane\.html/ })!.evaluate(
      () => (window as any).Office === (window.parent as any).spgPlayground.office() && !document.querySelector("script[src*='appsforoffice']"),
    );
    expect(sameOffice).toBe(true);
    await expect(pane(page).locator("#verdict").textContent()).resolves.toMatch(/ingen personoplysninger/);

    await page.fill("#to", "sagsbehandler@kommune.example");
    await page.fill("#subject", "Ansøgning om boligstøtte");
    await typeBody(page, "Hej. Borgerens ", `CPR-nr. er ${CPR_TEXT}.`);
    const ms = await timed("cpr-found", () => pane(page).locator("#findings").filter({ hasText: MASKED }).waitFor({ timeout: 5000 }));
    expect(ms).toBeLessThanOrEqual(BEAT_MS + READ_MS);
    await expect(pane(page).locator("#verdict").textContent()).resolves.toMatch(/stopper én gang og markerer mailen til sikker post/);
    // The taskpane never shows the full number.
    await expect(pane(page).locator("body").innerText()).resolves.not.toContain(CPR_TEXT);
    await shot(page, "01-cpr-found-da");
  });
});

test("Send stops once and arms (dialog, X-Secure-Post on the item); 'Show details' opens the taskpane; the second Send goes through", async () => {
  await withPage(async (page) => {
    await page.click("#pane-close"); // as in Outlook: the taskpane need not be open at Send
    await page.fill("#to", "borger@example.dk");
    await page.fill("#subject", "Afgørelse");
    await typeBody(page, `Vedr. CPR-nr. ${CPR_TEXT}: afgørelsen er vedlagt.`);
    expect(await header(page)).toBeUndefined();

    await page.click("#send");
    const dialog = page.locator("#smart-alert");
    await dialog.waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#smart-alert-title").textContent()).resolves.toBe("Sikker post-vagt");
    const message = (await page.locator("#smart-alert-message").innerText()) || "";
    expect(message).toMatch(/Mailen indeholder personoplysninger og er IKKE sendt endnu/);
    expect(message).toContain(`1 CPR-nummer i brødteksten (${MASKED})`);
    expect(message).not.toContain(CPR_TEXT);
    expect(await header(page)).toBe("sign; encrypt");
    expect(await page.locator("#sent").isVisible()).toBe(false);
    await expect(page.locator("#smart-alert-cancel").textContent()).resolves.toBe("Vis detaljer");
    await shot(page, "02-send-stops-once-da");

    // cancelLabel + commandId: the dialog's button opens the taskpane.
    expect(await page.locator("#pane").isVisible()).toBe(false);
    await page.click("#smart-alert-cancel");
    await dialog.waitFor({ state: "hidden" });
    await pane(page).locator("#state").filter({ hasText: /^Sikker post: signeret \+ krypteret siden \d\d:\d\d/ }).waitFor({ timeout: 5000 });
    await expect(pane(page).locator("#verdict").textContent()).resolves.toBe("Send: mailen sendes signeret og krypteret.");
    await shot(page, "03-armed-da");

    await page.click("#send");
    await page.locator("#sent").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#sent-headers").innerText()).resolves.toMatch(/X-Secure-Post\s+sign; encrypt/);
    await expect(page.locator("#sent-summary .secure").textContent()).resolves.toMatch(/signerer og krypterer/);
    await shot(page, "04-sent-secure-da");
  });
});

test("the marker removed (the 2012 vanishing tab): the lapse alert appears within one beat, and Send is blocked", async () => {
  await withPage(async (page) => {
    await typeBody(page, `Journalnotat for CPR-nr. ${CPR_TEXT}.`);
    await pane(page).locator("#arm").filter({ hasText: /signeret \+ krypteret/ }).waitFor({ timeout: 5000 });
    await pane(page).locator("#arm").click();
    await pane(page).locator("#state").filter({ hasText: /af dig$/ }).waitFor({ timeout: 5000 });
    expect(await header(page)).toBe("sign; encrypt");
    expect(await pane(page).locator("#alert").isVisible()).toBe(false);

    await openDevPanel(page);
    await page.click("#remove-marker");
    expect(await header(page)).toBeUndefined();
    const ms = await timed("lapse-alert", () => pane(page).locator("#alert").waitFor({ state: "visible", timeout: 5000 }));
    expect(ms).toBeLessThanOrEqual(LAPSE_PROMISE_MS);
    await expect(pane(page).locator("#alert").getAttribute("role")).resolves.toBe("alert");
    await expect(pane(page).locator("#alert-text").textContent()).resolves.toMatch(
      /Sikker post er faldet bort: markeringen til sikker post er fjernet fra mailen/,
    );
    await expect(pane(page).locator("#state").textContent()).resolves.toBe("SIKKER POST ER FALDET BORT");
    await shot(page, "05-lapsed-alert-da");

    await page.click("#send");
    await page.locator("#smart-alert").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#smart-alert-message").innerText()).resolves.toMatch(
      /IKKE sendt: markeringen til sikker post var faldet bort[\s\S]*markeringen til sikker post er fjernet fra mailen/,
    );
    expect(await page.locator("#sent").isVisible()).toBe(false);
    expect(await header(page)).toBe("sign; encrypt"); // marked again by the handler
    await shot(page, "06-lapsed-send-blocked-da");
    await page.click("#smart-alert-ok");
    await page.click("#send");
    await page.locator("#sent").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#sent-headers").innerText()).resolves.toMatch(/X-Secure-Post\s+sign; encrypt/);
  });
});

test("a sign-only marker is not secure post: Send is blocked as lapsed and marks it signed and encrypted", async () => {
  await withPage(async (page) => {
    await typeBody(page, `CPR-nr. ${CPR_TEXT}`);
    await page.click("#ribbon-arm"); // the ribbon's "Send sikkert" command
    await page.locator("#infobar .notice").filter({ hasText: /signeret og krypteret/ }).waitFor({ timeout: 5000 });
    expect(await header(page)).toBe("sign; encrypt");
    await openDevPanel(page);
    await page.click("#signonly-marker");
    expect(await header(page)).toBe("sign");
    await page.click("#send");
    await page.locator("#smart-alert").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#smart-alert-message").innerText()).resolves.toMatch(/markeringen til sikker post er ændret/);
    expect(await header(page)).toBe("sign; encrypt");
  });
});

test("Office calls that fail or do not stick: Send is blocked (fail closed), says what could not be checked, marks nothing", async () => {
  await withPage(async (page) => {
    await typeBody(page, `CPR-nr. ${CPR_TEXT}`);
    await openDevPanel(page);
    const cases: [string, string, RegExp][] = [
      ["body.getAsync", "fail", /brødteksten kunne ikke læses/],
      ["internetHeaders.setAsync", "nostick", /mailen kunne ikke markeres til sikker post/],
    ];
    for (const [method, how, says] of cases) {
      const select = `#fault-${method.replace(/\./g, "-")}`;
      await page.selectOption(select, how);
      await page.click("#send");
      await page.locator("#smart-alert").waitFor({ state: "visible", timeout: 6000 });
      const message = await page.locator("#smart-alert-message").innerText();
      expect(message).toMatch(/IKKE sendt: Secure Post Guard kunne ikke kontrollere den/);
      expect(message).toMatch(says);
      expect(await header(page)).toBeUndefined();
      expect(await page.locator("#sent").isVisible()).toBe(false);
      if (method === "body.getAsync") await shot(page, "07-fault-blocked-da");
      await page.click("#smart-alert-ok");
      await page.selectOption(select, "");
    }
    // With the faults gone, the same message is stopped once and marked, as usual.
    await page.click("#send");
    await page.locator("#smart-alert").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#smart-alert-message").innerText()).resolves.toMatch(/Mailen indeholder personoplysninger/);
    expect(await header(page)).toBe("sign; encrypt");
  });
});

test("no personal data: Send goes through at once, as ordinary mail without the header", async () => {
  await withPage(async (page) => {
    await page.fill("#subject", "Mødet på tirsdag");
    await typeBody(page, "Hej alle, mødet er flyttet til tirsdag kl. 10.");
    await page.click("#send");
    await page.locator("#sent").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#sent-summary .plain").textContent()).resolves.toMatch(/Ingen X-Secure-Post/);
    expect(await header(page)).toBeUndefined();
  });
});

test("attachments: a prepared Word document and a CSV file from disk are read, and their CPR numbers count", async () => {
  await withPage(async (page) => {
    await page.selectOption("#sample", "docx");
    await page.click("#add-sample");
    await page.setInputFiles("#file-input", {
      name: "udtraek.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`navn;cpr\nTestperson;${formatCpr(CPR2, "hyphen")}\n`),
    });
    // The page reads a chosen file asynchronously (FileReader): wait for it to be listed.
    await page.locator("#attachment-list").filter({ hasText: "udtraek.csv" }).waitFor({ timeout: 5000 });
    await expect(page.locator("#attachment-list").innerText()).resolves.toMatch(/notat\.docx[\s\S]*udtraek\.csv/);
    const findings = pane(page).locator("#findings");
    await findings.filter({ hasText: "vedhæftet fil notat.docx" }).filter({ hasText: "vedhæftet fil udtraek.csv" }).waitFor({ timeout: 6000 });
    await expect(findings.innerText()).resolves.toContain(`${CPR2.slice(0, 6)}-XXXX`);
    await shot(page, "08-attachments-da");
    await page.click("#send");
    await page.locator("#smart-alert").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#smart-alert-message").innerText()).resolves.toMatch(/udtraek\.csv/);
  });
});

test("Mask CPR numbers: one click rewrites the body to DDMMYY-XXXX, HTML kept, and the findings update", async () => {
  await withPage(async (page) => {
    await typeBody(page, `Til sagen: CPR-nr. ${CPR_TEXT} og ægtefællens cpr ${formatCpr(CPR2, "hyphen")}.`);
    await page.click("#format-toolbar [data-cmd='bold']");
    await page.keyboard.type(" Venlig hilsen");
    await pane(page).locator("#findings").filter({ hasText: MASKED }).waitFor({ timeout: 5000 });
    await pane(page).locator("#mask-cpr").click();
    await page.locator("#body").filter({ hasText: MASKED }).waitFor({ timeout: 5000 });
    const body = await page.locator("#body").innerText();
    expect(body).toContain(MASKED);
    expect(body).toContain(`${CPR2.slice(0, 6)}-XXXX`);
    expect(body).not.toContain(CPR_TEXT);
    expect(body).not.toContain(formatCpr(CPR2, "hyphen"));
    // HTML kept: the bold run is still bold.
    await expect(page.locator("#body b, #body strong").first().textContent()).resolves.toContain("Venlig hilsen");
    await pane(page).locator("#findings").filter({ hasText: MASKED }).waitFor({ state: "hidden", timeout: BEAT_MS + READ_MS + 1000 });
    await shot(page, "09-masked-da");
  });
});

test("English: the language switch reloads the taskpane in English, and Send's dialog is in English", async () => {
  await withPage(async (page) => {
    await expect(pane(page).locator("#title").textContent()).resolves.toBe("Sikker post");
    await page.click("#lang-en");
    await expect(page.locator("label[for='to']").textContent()).resolves.toBe("To");
    await expect(page.locator("#lang-en").getAttribute("aria-pressed")).resolves.toBe("true");
    await pane(page).locator("#title").filter({ hasText: /^Secure post$/ }).waitFor({ timeout: 5000 });
    await pane(page).locator("#verdict").filter({ hasText: /holds no personal data/ }).waitFor({ timeout: 5000 });

    await page.fill("#subject", "Case 2026-118");
    await typeBody(page, "Dear colleague, ", `the citizen's CPR no. is ${CPR_TEXT}.`);
    await pane(page).locator("#findings").filter({ hasText: MASKED }).waitFor({ timeout: BEAT_MS + READ_MS + 1000 });
    await expect(pane(page).locator("#findings").innerText()).resolves.toMatch(/CPR number[\s\S]*the body/);
    await expect(pane(page).locator("#verdict").textContent()).resolves.toMatch(/^Send: stops once and marks the message for secure post/);
    await shot(page, "10-cpr-found-en");

    await page.click("#send");
    await page.locator("#smart-alert").waitFor({ state: "visible", timeout: 6000 });
    await expect(page.locator("#smart-alert-title").textContent()).resolves.toBe("Secure Post Guard");
    await expect(page.locator("#smart-alert-message").innerText()).resolves.toMatch(
      /The message holds personal data and has NOT been sent yet[\s\S]*1 CPR number in the body/,
    );
    await expect(page.locator("#smart-alert-cancel").textContent()).resolves.toBe("Show details");
    // The taskpane follows the handler's arming within a beat.
    await pane(page).locator("#state").filter({ hasText: /^Secure post armed: signed \+ encrypted/ }).waitFor({ timeout: BEAT_MS + READ_MS + 1000 });
    await shot(page, "11-send-stops-once-en");

    await page.click("#smart-alert-ok");
    await openDevPanel(page);
    await page.click("#remove-marker");
    await pane(page).locator("#alert").waitFor({ state: "visible", timeout: BEAT_MS + READ_MS + 1000 });
    await expect(pane(page).locator("#alert-text").textContent()).resolves.toMatch(/Secure post has lapsed: the secure-post marker was removed/);
    await shot(page, "12-lapsed-alert-en");
  });
});

test("the playground loads nothing from outside the local server (no Office.js from the CDN: it works offline)", async () => {
  await withPage(async (page) => {
    await pane(page).locator("#title").filter({ hasText: /^Secure post$/ }).waitFor({ timeout: 5000 });
  }, "?lang=en");
  // This page's requests, and those of every page before it in this file.
  expect(h.external).toEqual([]);
});
