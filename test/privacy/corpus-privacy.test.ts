// Nothing the add-in or the CLI puts out carries personal data: on every mail of the corpus,
// the CLI's output (plain, --json, --explain), and what the send handler and the attachments
// handler leave behind — the Smart Alerts dialog, the message's notifications, the state and
// attachment cache in sessionData, and anything written to the console — hold no full CPR
// number (any identifier shape: 6+4 digits, or 8 or more digits in a row) and no special-category
// term (the detector's own lexicon, as redactSensitiveTerms reads it).

import * as fs from "fs";
import * as path from "path";
import { main, readMessageFile } from "../../src/cli/main";
import { AttachmentInput, MessageInput } from "../../src/core/types";
import { redactSensitiveTerms } from "../../src/core/detectors/sensitive";
import { SENSITIVE_CATEGORIES } from "../../src/core/detectors/sensitive-lexicon";
import { typeName } from "../../src/core/i18n";
import { parseEml } from "../../src/core/mime";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { onMessageAttachmentsChangedHandler } from "../../src/launchevent/on-message-attachments-changed";
import { onMessageSendHandler } from "../../src/launchevent/on-message-send";
import { textToHtml } from "../../src/playground/fake-mailbox";
import { createFakeOutlook, fakeEvent, FakeAttachment } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const DIR = path.join(__dirname, "../corpus/mail");
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".eml")).sort();
const NOW = new Date("2026-11-28T10:00:00Z");
const POLICY: Policy = { ...DEFAULT_POLICY, watchdogMs: 4000 };

/**
 * A full identifier: 6 digits and 4 (CPR and its neighbours, any separator), or 10 or more in a
 * row. Masked values keep the birth date (`010185-XXXX`, Swedish `19850101-XXXX`): no match.
 */
const FULL_NUMBER = /\d{6}[\s\-\u2010-\u2015+A]?\d{4}|\d{10,}/;

/**
 * The add-in's own names for the categories ("mention of trade-union membership", `[health]`,
 * `sensitive:health`) use the very words of the lexicon; they name what was found, they are not
 * the mail's phrase, so they are taken out before the check.
 */
const CATEGORY_NAMES: string[] = [];
for (const type of SENSITIVE_CATEGORIES) {
  for (const lang of ["da", "en"] as const) for (const count of [1, 2]) CATEGORY_NAMES.push(typeName(type, count, lang));
  CATEGORY_NAMES.push(type, "[" + type.slice("sensitive:".length) + "]");
}
CATEGORY_NAMES.sort((a, b) => b.length - a.length);

/** What a text shows that it must not: a full number or a special-category term. */
function leaks(text: string): string[] {
  const found: string[] = [];
  const n = text.match(FULL_NUMBER);
  if (n) found.push(`number …${n[0].slice(-4).replace(/\d/g, "#")}`);
  let own = text;
  for (const name of CATEGORY_NAMES) own = own.split(name).join(" ");
  const redacted = redactSensitiveTerms(own);
  if (redacted !== own) found.push(`special-category term near "${redacted.slice(Math.max(0, redacted.indexOf("[…]") - 30), redacted.indexOf("[…]") + 3)}"`);
  return found;
}

/** The mail as Outlook would hold it while composing: subject, HTML body, attachments. */
async function composeOf(file: string): Promise<{ subject: string; bodyHtml: string; attachments: FakeAttachment[] }> {
  const attachments: FakeAttachment[] = [];
  const msg = await parseEml(new Uint8Array(fs.readFileSync(path.join(DIR, file))), 0, (name, contentType, bytes) => {
    const id = `a${attachments.length + 1}`;
    if (/^message\/rfc822/i.test(contentType)) {
      attachments.push({ id, name, contentType, attachmentType: "item", format: "eml", content: Buffer.from(bytes).toString("latin1") });
    } else {
      attachments.push({ id, name, contentType, content: Buffer.from(bytes).toString("base64") });
    }
    return Promise.resolve({ name, contentType, unreadable: "not-read-here" });
  });
  return { subject: msg.subject, bodyHtml: msg.bodyIsHtml ? msg.body : textToHtml(msg.body), attachments };
}

/**
 * Every attachment name in the mail, nested ones too. Names are shown as the user wrote them
 * ("attachment Afgørelse om sygedagpenge.pdf"): the user must see which file to deal with, and
 * the name is the message's own metadata, not content the add-in read (likewise a sheet's name).
 * So they are taken out
 * before the check, like the file's own path.
 */
async function attachmentNames(file: string): Promise<string[]> {
  const names: string[] = [];
  const walkMessage = (m: MessageInput) => m.attachments.forEach(walkAttachment);
  const walkAttachment = (a: AttachmentInput): void => {
    names.push(a.name);
    // A sheet's or a page's name ("sheet Aflastning") is the document's own label too.
    (a.segments || []).forEach((seg) => names.push(seg.part));
    (a.children || []).forEach(walkAttachment);
    (a.parts || []).forEach(walkMessage);
  };
  walkMessage(await readMessageFile(path.join(DIR, file)));
  return names.filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
}

function without(text: string, names: string[]): string {
  for (const n of names) text = text.split(n).join("NAME");
  return text;
}

let consoleTexts: string[] = [];
const spies: jest.SpyInstance[] = [];
beforeEach(() => {
  consoleTexts = [];
  for (const m of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    spies.push(jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void consoleTexts.push(args.map(String).join(" "))));
  }
});
afterEach(() => {
  while (spies.length) spies.pop()!.mockRestore();
  jest.useRealTimers();
  delete (global as any).Office;
});

test("the corpus is there to check", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(150);
});

test("CLI output, plain, --json and --explain, for every corpus mail", async () => {
  const problems: string[] = [];
  for (const file of FILES) {
    for (const flags of [[], ["--json"], ["--json", "--explain"], ["--explain"]]) {
      let out = "";
      await main(["scan", ...flags, path.join(DIR, file)], { out: (s) => void (out += s + "\n"), err: (s) => void (out += s + "\n") }, NOW);
      // The file's own name is the user's input echoed back (it may name a topic), not a finding.
      const shown = without(out.split(path.join(DIR, file)).join("FILE").split(file).join("FILE"), await attachmentNames(file));
      for (const l of leaks(shown)) problems.push(`${file} ${flags.join(" ")}: ${l}`);
    }
  }
  expect(problems).toEqual([]);
});

test("the add-in's dialog, notifications, stored state and console, for every corpus mail", async () => {
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
  const problems: string[] = [];
  for (const file of FILES) {
    const fake = createFakeOutlook({ displayLanguage: "da-DK", ...(await composeOf(file)) });
    (global as any).Office = fake.office;
    const added = Object.assign(fakeEvent(), { attachmentStatus: "added" });
    const scanning = onMessageAttachmentsChangedHandler(added, { policy: POLICY, now: () => NOW });
    await jest.advanceTimersByTimeAsync(30000);
    await scanning;
    const texts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const event = fakeEvent();
      const sending = onMessageSendHandler(event, { policy: POLICY, now: () => NOW });
      await jest.advanceTimersByTimeAsync(POLICY.watchdogMs + 1000);
      await sending;
      texts.push(JSON.stringify(event.calls.map((c) => c.options)));
    }
    for (const k in fake.state.notifications) texts.push(fake.state.notifications[k].message);
    if (fake.state.sessionData) for (const k in fake.state.sessionData) texts.push(fake.state.sessionData[k]);
    texts.push(...consoleTexts);
    for (const l of leaks(without(texts.join("\n"), await attachmentNames(file)))) problems.push(`${file}: ${l}`);
  }
  expect(problems).toEqual([]);
}, 180000);

test("the leak check itself finds a full number and a sensitive term", () => {
  const cpr = syntheticCpr({ year: 1985, month: 1, day: 1, mod11: true, seed: 71 });
  expect(leaks(`Borgeren ${cpr} er sygemeldt`)).toHaveLength(2);
  expect(leaks(`Borgeren ${formatCpr(cpr, "hyphen")}`)).toHaveLength(1);
  expect(leaks(`CPR ${cpr.slice(0, 6)}-XXXX, [sensitive:health]`)).toEqual([]);
});
