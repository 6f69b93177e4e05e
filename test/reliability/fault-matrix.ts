// The fault matrix: every Office call on every path the add-in has, made to misbehave in every
// way a real client does, through the real code on the fake Outlook of the playground.
//
// A path is something the add-in does: an event handler (Send, compose, recipients and
// attachments changed, the ribbon command) or something the taskpane does (arm, the heartbeat,
// mask CPR numbers). The Office calls of a path are not listed by hand: each path runs once
// clean and the calls it made are the ones faulted, so a call added to a path later is in the
// matrix without anyone remembering it. Each call then gets each misbehaviour: a failed result,
// a synchronous throw, no answer, an answer after the watchdog, and for setters "succeeded but
// did not stick".
//
// For every cell the outcome is recorded, not asserted here (fault-matrix.test.ts asserts,
// `npm run reliability` prints):
// - completions: how often event.completed was called (must be 1), with an explicit allowEvent,
//   and when (within the path's watchdog);
// - sends: every Send of the cell (the path's own, and a Send afterwards, once with the fault
//   still there and once with it gone, for paths that are not Send) and whether one of them let
//   personal data go without the markers verified on the item: an insecure send;
// - told: when the path did not do what it was for (not armed, not masked, blocked), the user
//   was told: the Smart Alerts dialog, an error in the message's info bar, or the taskpane;
// - claims: nothing (info bar, taskpane) says "armed" while the item carries no marker;
// - leaks: no full CPR number in any text the user or a log could see.

import { onMessageSendHandler } from "../../src/launchevent/on-message-send";
import { onNewMessageComposeHandler } from "../../src/launchevent/on-new-message-compose";
import { onMessageRecipientsChangedHandler } from "../../src/launchevent/on-message-recipients-changed";
import { onMessageAttachmentsChangedHandler } from "../../src/launchevent/on-message-attachments-changed";
import { armSecurePostCommand } from "../../src/commands/arm-secure-post";
import { startTaskpane, BEAT_MS } from "../../src/taskpane/taskpane";
import { DEFAULT_BUDGET } from "../../src/core/extract";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { STATE_KEY } from "../../src/core/secure-state";
import { createFakeOutlook, fakeEvent, FakeOutlook, FakeOutlookOptions, MethodName, Misbehaviour } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

export const NOW = new Date("2026-11-28T10:00:00Z");
const CPR = syntheticCpr({ year: 1979, month: 3, day: 14, mod11: true, seed: 61 });
const CPR_TEXT = formatCpr(CPR, "hyphen");
const HEADER = DEFAULT_POLICY.markers.header;
/** A short watchdog keeps the matrix quick; the handlers take it from the policy. */
const POLICY: Policy = { ...DEFAULT_POLICY, watchdogMs: 1000 };
const TAGGED: Policy = { ...POLICY, markers: { ...POLICY.markers, subjectTag: "#sikker#" } };
const ARM_ALL: Policy = { ...POLICY, armOnNewMessage: true };

const PERSONAL = `<p>Vedr. borgeren, CPR-nr. <b>${CPR_TEXT}</b>, jf. samtalen.</p>`;
const HARMLESS = "<p>Mødet flyttes til torsdag kl. 10. Mvh Jobcenteret</p>";
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

export type PathName =
  | "send"
  | "compose"
  | "recipients-changed"
  | "attachments-changed"
  | "ribbon-command"
  | "taskpane-arm"
  | "taskpane-heartbeat"
  | "taskpane-mask";

interface Scenario {
  name: string;
  policy: Policy;
  /** Whether the message holds personal data that needs secure post. */
  personal: boolean;
  item: () => FakeOutlookOptions;
}

function armedState(): { [key: string]: string } {
  return { [STATE_KEY]: JSON.stringify({ v: 1, armed: true, by: "user", at: NOW.toISOString(), markers: { header: HEADER } }) };
}

const SCENARIOS: { [path in PathName]: Scenario[] } = {
  send: [
    { name: "personal data, not armed", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL }) },
    { name: "personal data, armed", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL, headers: { [HEADER.name]: HEADER.value }, sessionData: armedState() }) },
    { name: "personal data, lapsed (marker gone)", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL, sessionData: armedState() }) },
    { name: "no personal data", policy: POLICY, personal: false, item: () => ({ bodyHtml: HARMLESS }) },
    { name: "CPR in an attachment", policy: POLICY, personal: true, item: () => ({ bodyHtml: HARMLESS, attachments: [{ id: "a1", name: "notat.txt", content: b64(`CPR ${CPR_TEXT}`) }] }) },
    { name: "personal data, subject-tag policy", policy: TAGGED, personal: true, item: () => ({ bodyHtml: PERSONAL }) },
  ],
  compose: [{ name: "policy arms every message", policy: ARM_ALL, personal: true, item: () => ({ bodyHtml: PERSONAL }) }],
  "recipients-changed": [
    { name: "lapsed", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL, sessionData: armedState() }) },
    { name: "armed", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL, headers: { [HEADER.name]: HEADER.value }, sessionData: armedState() }) },
  ],
  "attachments-changed": [
    { name: "CPR in an added attachment", policy: POLICY, personal: true, item: () => ({ bodyHtml: HARMLESS, attachments: [{ id: "a1", name: "notat.txt", content: b64(`CPR ${CPR_TEXT}`) }] }) },
  ],
  "ribbon-command": [{ name: "personal data", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL }) }],
  "taskpane-arm": [{ name: "personal data", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL }) }],
  "taskpane-heartbeat": [
    { name: "armed, personal data", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL, headers: { [HEADER.name]: HEADER.value }, sessionData: armedState() }) },
  ],
  "taskpane-mask": [{ name: "CPR in the body", policy: POLICY, personal: true, item: () => ({ bodyHtml: PERSONAL }) }],
};

export interface SendOutcome {
  /** own: the path's Send; kept: a later Send with the fault still there; cleared: with it gone. */
  when: "own" | "kept" | "cleared";
  completions: number;
  explicitAllow: boolean;
  allowed: boolean;
  withinWatchdog: boolean;
  insecure: boolean;
  told: boolean;
}

export interface CellResult {
  path: PathName;
  scenario: string;
  method: MethodName | "(none)";
  how: Misbehaviour | "(clean)";
  /** For event paths: completed() calls, explicit allowEvent, within the path's watchdog. */
  completions: number | null;
  explicitAllow: boolean | null;
  withinWatchdog: boolean | null;
  sends: SendOutcome[];
  /** The path failed at what it was for and the user was told (true when it did not fail). */
  told: boolean;
  /** Something says "armed" while the item has no marker. */
  falseClaim: boolean;
  /** Texts that held a full CPR number. */
  leaks: string[];
  /** What the path was for and whether it happened, for the report. */
  note: string;
}

const SETTER = /setAsync|replaceAsync|addAsync|removeAsync|removeHandlerAsync|addHandlerAsync/;

export function misbehavioursFor(method: MethodName): Misbehaviour[] {
  const base: Misbehaviour[] = ["fail", "throw", "hang", "slow"];
  return SETTER.test(method) ? base.concat("nostick") : base;
}

function markersOnItem(fake: FakeOutlook, policy: Policy): boolean {
  if (fake.state.headers[HEADER.name] !== HEADER.value) return false;
  if (policy.markers.subjectTag && fake.state.subject.indexOf(policy.markers.subjectTag) < 0) return false;
  return true;
}

/** Whether the message, as it is now, holds the CPR number (masking may have removed it). */
function holdsPersonalData(fake: FakeOutlook): boolean {
  const parts = [fake.state.subject, fake.state.bodyHtml].concat(fake.state.attachments.map((a) => Buffer.from(a.content, "base64").toString("utf8")));
  return parts.some((p) => p.indexOf(CPR_TEXT) >= 0 || p.indexOf(CPR) >= 0);
}

function leaksIn(texts: string[]): string[] {
  const forms = [CPR, CPR_TEXT, CPR.slice(0, 6) + " " + CPR.slice(6)];
  return texts.filter((t) => forms.some((f) => t.indexOf(f) >= 0));
}

function notificationTexts(fake: FakeOutlook): string[] {
  const out: string[] = [];
  for (const k in fake.state.notifications) out.push(fake.state.notifications[k].message);
  return out;
}

function hasErrorNotice(fake: FakeOutlook): boolean {
  for (const k in fake.state.notifications) if (/error/i.test(fake.state.notifications[k].type)) return true;
  return false;
}

/** An informational notice that says the message is secured. */
function claimsArmedInInfoBar(fake: FakeOutlook): boolean {
  for (const k in fake.state.notifications) {
    const n = fake.state.notifications[k];
    if (!/error/i.test(n.type) && /signeret|signed/i.test(n.message)) return true;
  }
  return false;
}

interface EventRun {
  completions: number;
  options: any;
  elapsedMs: number;
}

/** Fires a handler as Outlook would and lets every timer run, far past any slow answer. */
async function fire(
  fake: FakeOutlook,
  handler: (event: any, deps: { policy: Policy; now: () => Date }) => Promise<void>,
  policy: Policy,
  limitMs: number,
  extra: object = {},
): Promise<EventRun> {
  (global as any).Office = fake.office;
  const event = Object.assign(fakeEvent(), extra);
  const start = Date.now();
  let work: Promise<void>;
  try {
    work = Promise.resolve(handler(event, { policy, now: () => NOW })).catch(() => undefined);
  } catch (e) {
    work = Promise.resolve();
  }
  await jest.advanceTimersByTimeAsync(limitMs + 50);
  const elapsedMs = event.calls.length ? event.calls[0].at - start : Infinity;
  await jest.advanceTimersByTimeAsync(120000);
  await work;
  return { completions: event.calls.length, options: event.calls[0] ? event.calls[0].options : undefined, elapsedMs };
}

async function send(fake: FakeOutlook, scenario: Scenario, when: SendOutcome["when"]): Promise<SendOutcome> {
  const policy = scenario.policy;
  const run = await fire(fake, onMessageSendHandler, policy, policy.watchdogMs);
  const options = run.options || {};
  const allowed = options.allowEvent === true;
  return {
    when,
    completions: run.completions,
    explicitAllow: typeof options.allowEvent === "boolean",
    allowed,
    withinWatchdog: run.elapsedMs <= policy.watchdogMs,
    insecure: allowed && holdsPersonalData(fake) && !markersOnItem(fake, policy),
    told: allowed || (typeof options.errorMessage === "string" && options.errorMessage.length > 0),
  };
}

/** Sends after a path that is not Send: once with the fault still there, once with it gone. */
async function followUpSends(fake: FakeOutlook, scenario: Scenario): Promise<SendOutcome[]> {
  const kept = await send(fake, scenario, "kept");
  for (const k in fake.misbehave) delete fake.misbehave[k as MethodName];
  const cleared = await send(fake, scenario, "cleared");
  return [kept, cleared];
}

function text(id: string): string {
  const el = document.getElementById(id);
  return el ? el.textContent || "" : "";
}

function visible(id: string): boolean {
  const el = document.getElementById(id) as HTMLElement | null;
  return !!el && !el.hidden && (el.textContent || "").trim().length > 0;
}

const PANE_SAYS_ARMED = /^(Sikker post: signeret|Secure post: signed)/;

let paneHtml = "";

/** The taskpane page (without its scripts) each taskpane cell starts on, fresh. */
export function useTaskpanePage(html: string): void {
  paneHtml = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, "");
}

interface PathRun {
  event: EventRun | null;
  limitMs: number;
  sends: SendOutcome[];
  told: boolean;
  falseClaim: boolean;
  texts: string[];
  note: string;
}

type PathRunner = (fake: FakeOutlook, scenario: Scenario, faulted: boolean) => Promise<PathRun>;

const noNotices = () => Promise.resolve([]);

async function paneRun(
  fake: FakeOutlook,
  scenario: Scenario,
  act: (pane: { stop(): void }) => Promise<{ told: boolean; note: string }>,
): Promise<PathRun> {
  document.documentElement.innerHTML = paneHtml;
  const pane = startTaskpane(fake.office.context.mailbox.item, scenario.policy, "en", { loadNotices: noNotices, now: () => NOW } as any);
  try {
    const { told, note } = await act(pane);
    const claimsArmed = PANE_SAYS_ARMED.test(text("state"));
    const falseClaim = (claimsArmed && !markersOnItem(fake, scenario.policy)) || claimsArmedInInfoBar(fake) && !markersOnItem(fake, scenario.policy);
    const texts = [document.body.textContent || ""].concat(notificationTexts(fake));
    pane.stop();
    const sends = await followUpSends(fake, scenario);
    return { event: null, limitMs: 0, sends, told, falseClaim, texts, note };
  } finally {
    pane.stop();
  }
}

/** Lets the pane's reads time out: a hanging call ends at the pane's own limit. */
async function paneSettle(): Promise<void> {
  // Two beats, plus the pane's own limit on an Office call (CALL_MS in taskpane.ts, 3 s).
  await jest.advanceTimersByTimeAsync(2 * BEAT_MS + 3500);
}

/**
 * An event that arms without a pane (compose when the policy arms every message, the ribbon
 * command): armed and verified, or the info bar says it failed — unless the info bar is what failed.
 */
async function armFromEvent(
  fake: FakeOutlook,
  scenario: Scenario,
  handler: (event: any, deps: { policy: Policy; now: () => Date }) => Promise<void>,
): Promise<PathRun> {
  const event = await fire(fake, handler, scenario.policy, scenario.policy.watchdogMs);
  const armed = markersOnItem(fake, scenario.policy);
  const told = armed || hasErrorNotice(fake) || /notificationMessages/.test(String(Object.keys(fake.misbehave)[0] || ""));
  const falseClaim = claimsArmedInInfoBar(fake) && !armed;
  const texts = notificationTexts(fake);
  return { event, limitMs: scenario.policy.watchdogMs, sends: await followUpSends(fake, scenario), told, falseClaim, texts, note: armed ? "armed" : "not armed" };
}

const PATHS: { [path in PathName]: PathRunner } = {
  async send(fake, scenario) {
    const own = await send(fake, scenario, "own");
    // The user presses Send again after being stopped: the fault is still there.
    const again = own.allowed ? [] : [await send(fake, scenario, "kept")];
    return {
      event: null,
      limitMs: scenario.policy.watchdogMs,
      sends: [own].concat(again),
      told: own.told,
      falseClaim: claimsArmedInInfoBar(fake) && !markersOnItem(fake, scenario.policy),
      texts: notificationTexts(fake),
      note: own.allowed ? "sent" : "stopped",
    };
  },

  compose: (fake, scenario) => armFromEvent(fake, scenario, onNewMessageComposeHandler),

  async "recipients-changed"(fake, scenario) {
    if (scenario.name === "lapsed") delete fake.state.headers[HEADER.name];
    const event = await fire(fake, onMessageRecipientsChangedHandler, scenario.policy, scenario.policy.watchdogMs);
    const falseClaim = claimsArmedInInfoBar(fake) && !markersOnItem(fake, scenario.policy);
    const texts = notificationTexts(fake);
    // Informational only: nothing to tell here that Send does not tell (asserted on the sends).
    return { event, limitMs: scenario.policy.watchdogMs, sends: await followUpSends(fake, scenario), told: true, falseClaim, texts, note: hasErrorNotice(fake) ? "lapse shown" : "no notice" };
  },

  async "attachments-changed"(fake, scenario) {
    const limit = DEFAULT_BUDGET.maxMs + 1000;
    const event = await fire(fake, onMessageAttachmentsChangedHandler, scenario.policy, limit, { attachmentStatus: "added" });
    const cached = fake.state.sessionData ? Object.keys(fake.state.sessionData).filter((k) => /^spg\.att\./.test(k)) : [];
    const texts = notificationTexts(fake).concat(cached.map((k) => (fake.state.sessionData as any)[k]));
    // A cache that says "clean" would be the danger; the sends afterwards show it never does.
    return { event, limitMs: limit, sends: await followUpSends(fake, scenario), told: true, falseClaim: false, texts, note: cached.length ? "cached" : "not cached" };
  },

  "ribbon-command": (fake, scenario) => armFromEvent(fake, scenario, armSecurePostCommand),

  async "taskpane-arm"(fake, scenario) {
    return paneRun(fake, scenario, async () => {
      await paneSettle();
      const arm = document.getElementById("arm") as HTMLButtonElement | null;
      if (arm && !arm.hidden) arm.click();
      await paneSettle();
      const armed = markersOnItem(fake, scenario.policy);
      const told = armed || visible("status") || visible("alert");
      return { told, note: armed ? "armed" : "not armed" };
    });
  },

  async "taskpane-heartbeat"(fake, scenario, faulted) {
    // The pane starts on a healthy item; the fault comes while it is open.
    const saved: Partial<Record<MethodName, Misbehaviour>> = {};
    for (const k in fake.misbehave) {
      saved[k as MethodName] = fake.misbehave[k as MethodName];
      delete fake.misbehave[k as MethodName];
    }
    return paneRun(fake, scenario, async () => {
      await jest.advanceTimersByTimeAsync(50);
      for (const k in saved) fake.misbehave[k as MethodName] = saved[k as MethodName];
      await paneSettle();
      const method = Object.keys(saved)[0] || "";
      // A marker or state the pane cannot read: it must raise the alert, not keep saying "armed".
      const mustAlert = faulted && /internetHeaders\.getAsync|sessionData\.getAsync/.test(method) && saved[method as MethodName] !== "nostick";
      const told = !mustAlert || visible("alert");
      return { told, note: visible("alert") ? "alert" : PANE_SAYS_ARMED.test(text("state")) ? "armed" : "other" };
    });
  },

  async "taskpane-mask"(fake, scenario) {
    return paneRun(fake, scenario, async () => {
      await paneSettle();
      const mask = document.getElementById("mask-cpr") as HTMLButtonElement | null;
      if (mask && !mask.hidden) mask.click();
      await paneSettle();
      const masked = fake.state.bodyHtml.indexOf(CPR_TEXT) < 0;
      // Not masked: the pane must not say it was, and must say something.
      const claimsMasked = /\bmasked \(|er maskeret/.test(text("status"));
      const told = masked || (!claimsMasked && (visible("status") || visible("alert")));
      return { told, note: (masked ? "masked" : "not masked") + ` [state=${text("state")}|verdict=${text("verdict")}|alert=${visible("alert") ? text("alert-text") : "-"}|status=${text("status")}|maskbtn=${mask ? !mask.hidden : "none"}]` };
    });
  },
};

export const PATH_NAMES = Object.keys(PATHS) as PathName[];

async function runCell(path: PathName, scenario: Scenario, method: MethodName | null, how: Misbehaviour | null): Promise<{ result: CellResult; calls: MethodName[] }> {
  const misbehave: Partial<Record<MethodName, Misbehaviour>> = {};
  if (method && how) misbehave[method] = how;
  const fake = createFakeOutlook({ subject: "Sag", displayLanguage: "en-US", ...scenario.item(), misbehave });
  const run = await PATHS[path](fake, scenario, !!method);
  const calls = fake.calls.slice();
  const eventTexts = run.event && run.event.options ? [JSON.stringify(run.event.options)] : [];
  const result: CellResult = {
    path,
    scenario: scenario.name,
    method: method || "(none)",
    how: how || "(clean)",
    completions: run.event ? run.event.completions : null,
    // allowEvent means something to Send alone (checked on every Send in `sends`); the other
    // events and the ribbon command complete with no options.
    explicitAllow: null,
    withinWatchdog: run.event ? run.event.elapsedMs <= run.limitMs : null,
    sends: run.sends,
    told: run.told,
    falseClaim: run.falseClaim,
    leaks: leaksIn(run.texts.concat(eventTexts)),
    note: run.note,
  };
  return { result, calls };
}

/**
 * Every cell of one path: the clean run first (it says which Office calls the path makes), then
 * each of those calls with each misbehaviour.
 */
export async function runPath(path: PathName): Promise<CellResult[]> {
  const out: CellResult[] = [];
  for (const scenario of SCENARIOS[path]) {
    const clean = await runCell(path, scenario, null, null);
    out.push(clean.result);
    const methods = Array.from(new Set(clean.calls)).sort();
    for (const method of methods) {
      for (const how of misbehavioursFor(method)) out.push((await runCell(path, scenario, method, how)).result);
    }
  }
  return out;
}

export interface MatrixSummary {
  cells: number;
  byPath: { [path: string]: number };
  sends: number;
  insecureSends: number;
  silentInsecureSends: number;
  notCompletedOnce: number;
  lateCompletions: number;
  untold: number;
  falseClaims: number;
  leaks: number;
}

export function summarise(cells: CellResult[]): MatrixSummary {
  const byPath: { [path: string]: number } = {};
  let sends = 0;
  let insecure = 0;
  let silent = 0;
  let notOnce = 0;
  let late = 0;
  for (const c of cells) {
    byPath[c.path] = (byPath[c.path] || 0) + 1;
    if (c.completions !== null && (c.completions !== 1 || c.explicitAllow === false)) notOnce++;
    if (c.withinWatchdog === false) late++;
    for (const s of c.sends) {
      sends++;
      if (s.completions !== 1 || !s.explicitAllow) notOnce++;
      if (!s.withinWatchdog) late++;
      if (s.insecure) {
        insecure++;
        // Smart Alerts shows nothing for an allowed send: every insecure send is a silent one.
        if (s.allowed) silent++;
      }
    }
  }
  return {
    cells: cells.length,
    byPath,
    sends,
    insecureSends: insecure,
    silentInsecureSends: silent,
    notCompletedOnce: notOnce,
    lateCompletions: late,
    untold: cells.filter((c) => !c.told || c.sends.some((s) => !s.told)).length,
    falseClaims: cells.filter((c) => c.falseClaim).length,
    leaks: cells.filter((c) => c.leaks.length > 0).length,
  };
}
