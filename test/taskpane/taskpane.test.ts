/**
 * @jest-environment jsdom
 */
// The taskpane in a DOM: it shows the state, what Send will do and the masked findings, and it
// raises a role="alert" within one 2-second beat of the marker going missing.

import * as fs from "fs";
import * as path from "path";
import { startTaskpane } from "../../src/taskpane/taskpane";
import { DEFAULT_POLICY } from "../../src/core/policy";
import { createFakeOutlook } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR = syntheticCpr({ year: 1991, month: 7, day: 4, mod11: true, seed: 21 });
const HEADER = DEFAULT_POLICY.markers.header;

function loadPage(): void {
  const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, "");
}

function text(id: string): string {
  return (document.getElementById(id) as HTMLElement).textContent || "";
}
function hidden(id: string): boolean {
  return (document.getElementById(id) as HTMLElement).hidden === true;
}

let pane: { stop(): void } | null = null;
beforeEach(() => {
  jest.useFakeTimers();
  loadPage();
});
afterEach(() => {
  if (pane) pane.stop();
  pane = null;
  jest.useRealTimers();
});

test("not armed with a CPR number: shows the masked finding and that Send stops once and arms", async () => {
  const fake = createFakeOutlook({ bodyHtml: `<p>CPR-nr. ${formatCpr(CPR, "hyphen")}</p>` });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da");
  await jest.advanceTimersByTimeAsync(10);
  expect(text("state")).toBe("Ikke markeret til sikker post");
  expect(text("verdict")).toMatch(/stopper én gang og markerer mailen til sikker post \(signeret og krypteret\)/);
  expect(text("findings")).toContain(CPR.slice(0, 6) + "-XXXX");
  expect(document.body.innerHTML).not.toContain(CPR.slice(6));
  expect(hidden("alert")).toBe(true);
});

test("arm button: armed, signed + encrypted, and Send goes through", async () => {
  const fake = createFakeOutlook({ bodyHtml: `<p>CPR-nr. ${formatCpr(CPR, "hyphen")}</p>` });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da");
  await jest.advanceTimersByTimeAsync(10);
  (document.getElementById("arm") as HTMLButtonElement).click();
  await jest.advanceTimersByTimeAsync(10);
  expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  expect(text("state")).toMatch(/^Sikker post: signeret \+ krypteret siden \d\d:\d\d af dig$/);
  expect(text("verdict")).toBe("Send: mailen sendes signeret og krypteret.");
  expect(hidden("arm")).toBe(true);
});

test("the marker removed while the pane is open: role=alert within one beat, and re-arm clears it", async () => {
  const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en");
  await jest.advanceTimersByTimeAsync(10);
  (document.getElementById("arm") as HTMLButtonElement).click();
  await jest.advanceTimersByTimeAsync(10);
  expect(hidden("alert")).toBe(true);

  delete fake.state.headers[HEADER.name]; // what the vanishing secure tab did in 2012
  await jest.advanceTimersByTimeAsync(2000);
  const alert = document.getElementById("alert") as HTMLElement;
  expect(alert.getAttribute("role")).toBe("alert");
  expect(alert.hidden).toBe(false);
  expect(text("alert-text")).toMatch(/Secure post has lapsed: the secure-post marker was removed/);
  expect(text("state")).toBe("SECURE POST HAS LAPSED");
  expect(text("verdict")).toMatch(/^Send: blocked because secure post has lapsed/);

  (document.getElementById("rearm") as HTMLButtonElement).click();
  await jest.advanceTimersByTimeAsync(10);
  expect(hidden("alert")).toBe(true);
  expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
});

test("Office not answering: the pane says Send is blocked and why, as an alert", async () => {
  const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>", misbehave: { "internetHeaders.getAsync": "hang" } });
  pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en");
  await jest.advanceTimersByTimeAsync(3100);
  expect(hidden("alert")).toBe(false);
  expect(text("alert-text")).toMatch(/blocked because the secure-post marker could not be checked/);
});

test("no text offers signing alone", () => {
  expect(document.documentElement.innerHTML).not.toMatch(/kun signatur|sign only|signature only|kun signer/i);
});
