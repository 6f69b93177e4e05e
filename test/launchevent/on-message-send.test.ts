// The send handler against a fake Outlook: every row of the decision table, and every Office
// call it makes under every kind of misbehaviour. The invariants checked on every run:
// event.completed exactly once, with an explicit allowEvent, before the watchdog; never an
// allowed send of personal data without verified markers; no full CPR number in any text.

import { onMessageSendHandler } from "../../src/launchevent/on-message-send";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { STATE_KEY } from "../../src/core/secure-state";
import { MAX_CANCEL_LABEL, MAX_ERROR_MESSAGE } from "../../src/core/i18n";
import {
  createFakeOutlook,
  fakeEvent,
  FakeOutlook,
  FakeOutlookOptions,
  MethodName,
  Misbehaviour,
} from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR = syntheticCpr({ year: 1985, month: 1, day: 1, mod11: true, seed: 1 });
const CPR_TEXT = formatCpr(CPR, "hyphen");
const MASKED = CPR.slice(0, 6) + "-XXXX";
const HEADER = DEFAULT_POLICY.markers.header;
const FAST: Policy = { ...DEFAULT_POLICY, watchdogMs: 1000 };
const NOW = new Date("2026-11-28T10:00:00Z");

const personalBody = `<p>Vedr. borgeren, CPR-nr. <b>${CPR_TEXT}</b>, jf. samtalen.</p>`;
const harmlessBody = "<p>Mødet flyttes til torsdag kl. 10. Mvh Jobcenteret</p>";

function b64(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

interface SendRun {
  fake: FakeOutlook;
  options: any;
  calls: number;
  elapsedMs: number;
}

/** Presses Send once and lets every timer run, far past the watchdog and any slow answer. */
async function send(fake: FakeOutlook, policy: Policy = FAST): Promise<SendRun> {
  (global as any).Office = fake.office;
  const event = fakeEvent();
  const start = Date.now();
  const work = onMessageSendHandler(event, { policy, now: () => NOW });
  await jest.advanceTimersByTimeAsync(policy.watchdogMs + 50);
  const elapsedMs = event.calls.length ? event.calls[0].at - start : Infinity;
  await jest.advanceTimersByTimeAsync(120000);
  await work;
  return { fake, options: event.calls[0] ? event.calls[0].options : undefined, calls: event.calls.length, elapsedMs };
}

function outlook(opts: FakeOutlookOptions = {}): FakeOutlook {
  return createFakeOutlook({ bodyHtml: harmlessBody, subject: "Møde", ...opts });
}

function armedState(at = NOW.toISOString()): { [key: string]: string } {
  return { [STATE_KEY]: JSON.stringify({ v: 1, armed: true, by: "user", at, markers: { header: HEADER } }) };
}

/** The invariants every single run must hold. */
function expectSound(run: SendRun, policy: Policy = FAST): void {
  expect(run.calls).toBe(1);
  expect(typeof run.options.allowEvent).toBe("boolean");
  expect(run.elapsedMs).toBeLessThanOrEqual(policy.watchdogMs);
  const text = JSON.stringify(run.options);
  expect(text).not.toContain(CPR_TEXT);
  expect(text).not.toContain(CPR);
  if (run.options.errorMessage) expect(run.options.errorMessage.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
  if (run.options.cancelLabel) expect(run.options.cancelLabel.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
}

/** Personal data may leave only with the header verified on the item. */
function expectNoUnsecuredPersonalData(run: SendRun): void {
  if (run.options.allowEvent) expect(run.fake.state.headers[HEADER.name]).toBe(HEADER.value);
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => {
  jest.useRealTimers();
  delete (global as any).Office;
});

describe("the decision table through the real handler", () => {
  test("no personal data, not armed: Send goes through and nothing is marked", async () => {
    const run = await send(outlook());
    expectSound(run);
    expect(run.options).toEqual({ allowEvent: true });
    expect(run.fake.state.headers[HEADER.name]).toBeUndefined();
  });

  test("personal data, armed with the header verified: Send goes through", async () => {
    const run = await send(outlook({ bodyHtml: personalBody, headers: { [HEADER.name]: HEADER.value }, sessionData: armedState() }));
    expectSound(run);
    expect(run.options).toEqual({ allowEvent: true });
  });

  test("personal data, not armed: arms, stops once with what was found, and the next Send goes through", async () => {
    const fake = outlook({ bodyHtml: personalBody });
    const first = await send(fake);
    expectSound(first);
    expect(first.options.allowEvent).toBe(false);
    expect(first.options.errorMessage).toContain("CPR-nummer");
    expect(first.options.errorMessage).toContain(MASKED);
    expect(first.options.errorMessage).toContain("brødteksten");
    expect(first.options.errorMessage).toMatch(/signeret og krypteret/);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
    expect(JSON.parse(fake.state.sessionData![STATE_KEY])).toMatchObject({ armed: true, by: "policy" });

    const second = await send(fake);
    expectSound(second);
    expect(second.options).toEqual({ allowEvent: true });
  });

  test('policy onPersonalData "auto": arms, verifies and sends without stopping', async () => {
    const fake = outlook({ bodyHtml: personalBody });
    const run = await send(fake, { ...FAST, onPersonalData: "auto" });
    expectSound(run);
    expect(run.options).toEqual({ allowEvent: true });
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  });

  test("a CPR number in the subject alone is found", async () => {
    const fake = outlook({ subject: `Sag om CPR ${CPR_TEXT}` });
    const run = await send(fake);
    expect(run.options.allowEvent).toBe(false);
    expect(run.options.errorMessage).toContain("emnefeltet");
  });

  test.each([
    ["with personal data", personalBody],
    ["without personal data", harmlessBody],
  ])("armed but the marker was removed (%s): blocked as lapsed, re-armed, next Send goes through", async (_label, body) => {
    const fake = outlook({ bodyHtml: body, sessionData: armedState() });
    const run = await send(fake);
    expectSound(run);
    expect(run.options.allowEvent).toBe(false);
    expect(run.options.errorMessage).toMatch(/faldet bort/);
    expect(run.options.errorMessage).toMatch(/fjernet/);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
    const next = await send(fake);
    expect(next.options).toEqual({ allowEvent: true });
  });

  test("armed but the marker's value was changed: lapsed", async () => {
    const fake = outlook({ bodyHtml: personalBody, headers: { [HEADER.name]: "sign" }, sessionData: armedState() });
    const run = await send(fake);
    expect(run.options.allowEvent).toBe(false);
    expect(run.options.errorMessage).toMatch(/ændret/);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
  });

  test("armed longer ago than the policy's maximum age: lapsed", async () => {
    const old = new Date(NOW.getTime() - 3 * 3600 * 1000).toISOString();
    const fake = outlook({ bodyHtml: personalBody, headers: { [HEADER.name]: HEADER.value }, sessionData: armedState(old) });
    const run = await send(fake, { ...FAST, maxStateAgeMinutes: 60 });
    expect(run.options.allowEvent).toBe(false);
    expect(run.options.errorMessage).toMatch(/ældre/);
    const fresh = await send(fake, { ...FAST, maxStateAgeMinutes: 60 });
    expect(fresh.options).toEqual({ allowEvent: true });
  });

  test("the subject-tag marker, when the policy has one, is applied and its removal is a lapse", async () => {
    const policy: Policy = { ...FAST, markers: { ...FAST.markers, subjectTag: "#k#" } };
    const fake = outlook({ bodyHtml: personalBody, subject: "Sagen" });
    await send(fake, policy);
    expect(fake.state.subject).toBe("#k# Sagen");
    expect((await send(fake, policy)).options).toEqual({ allowEvent: true });
    fake.state.subject = "Sagen";
    const lapsed = await send(fake, policy);
    expect(lapsed.options.allowEvent).toBe(false);
    expect(lapsed.options.errorMessage).toMatch(/emnefeltet er fjernet/);
  });

  test("a client without sessionData: the markers on the item decide", async () => {
    const fake = outlook({ bodyHtml: personalBody, sessionData: null });
    const first = await send(fake);
    expect(first.options.allowEvent).toBe(false);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
    expect((await send(fake)).options).toEqual({ allowEvent: true });
  });

  test("an unreadable attachment requires secure post by default, and is ignored when the policy says so", async () => {
    const attachments = [{ id: "a1", name: "scan.pdf", contentType: "application/pdf", content: b64("%PDF-1.4") }];
    const strict = await send(outlook({ attachments }));
    expect(strict.options.allowEvent).toBe(false);
    expect(strict.options.errorMessage).toContain("scan.pdf");
    const lenient = await send(outlook({ attachments }), { ...FAST, unreadableAttachments: "ignore" });
    expect(lenient.options).toEqual({ allowEvent: true });
  });

  test("a CPR number in a text attachment, and in an attached message, is found", async () => {
    const csv = await send(outlook({ attachments: [{ id: "a1", name: "liste.csv", content: b64(`navn;cpr\nA;${CPR_TEXT}\n`) }] }));
    expect(csv.options.allowEvent).toBe(false);
    expect(csv.options.errorMessage).toContain("liste.csv");
    const eml = `Subject: Fwd\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCPR ${CPR_TEXT}\r\n`;
    const item = await send(outlook({ attachments: [{ id: "m1", name: "Videresendt", attachmentType: "item", content: eml }] }));
    expect(item.options.allowEvent).toBe(false);
    expect(item.options.errorMessage).toContain("Videresendt");
  });

  test("inline images (signature logos) never count", async () => {
    const run = await send(outlook({ attachments: [{ id: "i1", name: "logo.png", isInline: true, content: b64("png") }] }));
    expect(run.options).toEqual({ allowEvent: true });
  });
});

describe("the dialog follows the client's requirement sets and language", () => {
  test.each([
    ["1.12", false, false],
    ["1.14", true, false],
    ["1.15", true, true],
  ])("Mailbox %s: commandId/cancelLabel %s, markdown %s", async (mailbox, withCommand, withMarkdown) => {
    const run = await send(outlook({ bodyHtml: personalBody, mailbox }));
    expectSound(run);
    expect(run.options.commandId === "SecurePostTaskpaneButton").toBe(withCommand);
    expect(typeof run.options.cancelLabel === "string").toBe(withCommand);
    expect(typeof run.options.errorMessageMarkdown === "string").toBe(withMarkdown);
  });

  test("English for an English Outlook", async () => {
    const run = await send(outlook({ bodyHtml: personalBody, displayLanguage: "en-GB" }));
    expect(run.options.errorMessage).toContain("CPR number");
    expect(run.options.errorMessage).toContain("signed and encrypted");
  });

  test("a long list of findings still fits in 500 characters and keeps what happens next", async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      formatCpr(syntheticCpr({ year: 1950 + (i % 40), month: 1 + (i % 12), day: 1 + (i % 28), mod11: true, seed: i }), "hyphen"),
    );
    const run = await send(outlook({ bodyHtml: `<p>CPR-numre: ${many.join(", ")}</p>` }));
    expectSound(run);
    expect(run.options.errorMessage).toMatch(/trykker Send igen\.$/);
  });
});

describe("fault injection: every Office call the handler makes, every way it can misbehave", () => {
  const readFaults: Misbehaviour[] = ["fail", "throw", "hang", "slow"];
  const attachment = [{ id: "a1", name: "notat.txt", content: b64("intet her") }];

  describe.each(readFaults)("a read that does %s", (how) => {
    test.each(["subject.getAsync", "body.getAsync", "getAttachmentsAsync", "internetHeaders.getAsync", "sessionData.getAsync"] as MethodName[])(
      "%s: Send is blocked and says what could not be checked",
      async (method) => {
        for (const body of [personalBody, harmlessBody]) {
          const fake = outlook({ bodyHtml: body, attachments: attachment, misbehave: { [method]: how } });
          const run = await send(fake);
          expectSound(run);
          expect(run.options.allowEvent).toBe(false);
          expect(run.options.errorMessage).toMatch(/IKKE sendt/);
          expect(fake.calls).toContain(method);
        }
      },
    );

    test("getAttachmentContentAsync: the attachment is unreadable, so Send does not let it go unmarked", async () => {
      const fake = outlook({ attachments: attachment, misbehave: { getAttachmentContentAsync: how } });
      const run = await send(fake);
      expectSound(run);
      expectNoUnsecuredPersonalData(run);
      expect(run.options.allowEvent).toBe(false);
      expect(fake.calls).toContain("getAttachmentContentAsync");
    });
  });

  const writeFaults: Misbehaviour[] = ["fail", "throw", "hang", "slow", "nostick"];
  describe.each(writeFaults)("a write that does %s", (how) => {
    test("internetHeaders.setAsync: never sent unmarked, however often Send is pressed", async () => {
      const fake = outlook({ bodyHtml: personalBody, misbehave: { "internetHeaders.setAsync": how } });
      for (let i = 0; i < 3; i++) {
        const run = await send(fake);
        expectSound(run);
        // A late answer may still put the header on; a later Send may then go, verified.
        if (i === 0 || how !== "slow") expect(run.options.allowEvent).toBe(false);
        if (i === 0) expect(run.options.errorMessage).toMatch(/IKKE sendt/);
        expectNoUnsecuredPersonalData(run);
      }
      expect(fake.calls).toContain("internetHeaders.setAsync");
    });

    test("subject.setAsync (policy with a subject tag): never sent without the tag", async () => {
      const policy: Policy = { ...FAST, markers: { ...FAST.markers, subjectTag: "#k#" } };
      const fake = outlook({ bodyHtml: personalBody, misbehave: { "subject.setAsync": how } });
      for (let i = 0; i < 2; i++) {
        const run = await send(fake, policy);
        expectSound(run, policy);
        if (i === 0 || how !== "slow") expect(run.options.allowEvent).toBe(false);
        if (run.options.allowEvent) expect(fake.state.subject).toContain("#k#");
        expectNoUnsecuredPersonalData(run);
      }
    });

    test("sessionData.setAsync: the verified markers on the item still decide", async () => {
      const fake = outlook({ bodyHtml: personalBody, misbehave: { "sessionData.setAsync": how } });
      const first = await send(fake);
      expectSound(first);
      expect(first.options.allowEvent).toBe(false);
      const second = await send(fake);
      expectSound(second);
      expectNoUnsecuredPersonalData(second);
    });
  });

  describe("the sensitivity-label marker (policy with a label id)", () => {
    const labelled: Policy = { ...FAST, markers: { ...FAST.markers, sensitivityLabelId: "lbl-encrypt" } };

    test("applied and verified on the way; removing it is a lapse", async () => {
      const fake = outlook({ bodyHtml: personalBody });
      expect((await send(fake, labelled)).options.allowEvent).toBe(false);
      expect(fake.state.label).toBe("lbl-encrypt");
      expect((await send(fake, labelled)).options).toEqual({ allowEvent: true });
      fake.state.label = null;
      const lapsed = await send(fake, labelled);
      expect(lapsed.options.allowEvent).toBe(false);
      expect(lapsed.options.errorMessage).toMatch(/følsomhedsmærkatet er fjernet/);
    });

    test.each(["fail", "throw", "hang", "slow"] as Misbehaviour[])("sensitivityLabel.getAsync that does %s: blocked", async (how) => {
      const fake = outlook({ bodyHtml: harmlessBody, misbehave: { "sensitivityLabel.getAsync": how } });
      const run = await send(fake, labelled);
      expectSound(run, labelled);
      expect(run.options.allowEvent).toBe(false);
    });

    test.each(writeFaults)("sensitivityLabel.setAsync that does %s: never sent without the label", async (how) => {
      const fake = outlook({ bodyHtml: personalBody, misbehave: { "sensitivityLabel.setAsync": how } });
      for (let i = 0; i < 2; i++) {
        const run = await send(fake, labelled);
        expectSound(run, labelled);
        if (i === 0 || how !== "slow") expect(run.options.allowEvent).toBe(false);
        if (run.options.allowEvent) expect(fake.state.label).toBe("lbl-encrypt");
      }
    });

    test("a client without the sensitivity-label API: arming fails, so Send is blocked", async () => {
      const fake = outlook({ bodyHtml: personalBody });
      delete fake.office.context.mailbox.item.sensitivityLabel;
      const run = await send(fake, labelled);
      expectSound(run, labelled);
      expect(run.options.allowEvent).toBe(false);
      expect(run.options.errorMessage).toMatch(/IKKE sendt/);
    });
  });

  test("the lapsed path's re-arm failing: still blocked, and the next Send too", async () => {
    const fake = outlook({ bodyHtml: personalBody, sessionData: armedState(), misbehave: { "internetHeaders.setAsync": "fail" } });
    for (let i = 0; i < 2; i++) {
      const run = await send(fake);
      expectSound(run);
      expect(run.options.allowEvent).toBe(false);
    }
  });

  test("no item at all: blocked", async () => {
    const fake = outlook();
    fake.office.context.mailbox.item = null;
    const run = await send(fake);
    expectSound(run);
    expect(run.options.allowEvent).toBe(false);
  });

  test("isSetSupported throwing: still completes, with the 1.12 options", async () => {
    const fake = outlook({ bodyHtml: personalBody });
    fake.office.context.requirements.isSetSupported = () => {
      throw new Error("boom");
    };
    const run = await send(fake);
    expectSound(run);
    expect(run.options.allowEvent).toBe(false);
    expect(run.options.commandId).toBeUndefined();
  });

  test("event.completed rejecting the newer options: answered again with the 1.12 ones", async () => {
    (global as any).Office = outlook({ bodyHtml: personalBody }).office;
    const seen: any[] = [];
    const event = {
      completed: (o: any) => {
        seen.push(o);
        if (seen.length === 1) throw new Error("unknown option");
      },
    };
    const work = onMessageSendHandler(event, { policy: FAST, now: () => NOW });
    await jest.advanceTimersByTimeAsync(120000);
    await work;
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ allowEvent: false, errorMessage: seen[0].errorMessage });
  });

  test("the default watchdog answers within 5 seconds when Outlook never does", async () => {
    const fake = outlook({ bodyHtml: personalBody, misbehave: { "body.getAsync": "hang" } });
    const run = await send(fake, DEFAULT_POLICY);
    expectSound(run, DEFAULT_POLICY);
    expect(run.elapsedMs).toBeLessThan(5000);
    expect(run.options.errorMessage).toMatch(/svarede ikke i tide/);
  });
});
