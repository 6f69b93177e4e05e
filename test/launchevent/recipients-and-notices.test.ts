// OnMessageRecipientsChanged (re-evaluate, show a lapse in the info bar, complete once within the
// watchdog) and the send handler's info-bar notices, which can never change or delay a verdict.

import { onMessageRecipientsChangedHandler } from "../../src/launchevent/on-message-recipients-changed";
import { onMessageSendHandler } from "../../src/launchevent/on-message-send";
import { HANDLERS } from "../../src/launchevent/launchevent";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { STATE_KEY } from "../../src/core/secure-state";
import { NOTICE_KEY } from "../../src/office/notices";
import { createFakeOutlook, fakeEvent, FakeOutlook, MethodName, Misbehaviour } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR = syntheticCpr({ year: 1977, month: 8, day: 19, mod11: true, seed: 61 });
const CPR_TEXT = formatCpr(CPR, "hyphen");
const HEADER = DEFAULT_POLICY.markers.header;
const FAST: Policy = { ...DEFAULT_POLICY, watchdogMs: 1000 };
const NOW = new Date("2026-11-28T10:00:00Z");
const personalBody = `<p>Vedr. borgeren, CPR-nr. ${CPR_TEXT}.</p>`;

function armedState(): { [key: string]: string } {
  return { [STATE_KEY]: JSON.stringify({ v: 1, armed: true, by: "user", at: NOW.toISOString(), markers: { header: HEADER } }) };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  delete (global as any).Office;
});

interface Run {
  calls: number;
  elapsedMs: number;
  options: any;
}

async function run(fake: FakeOutlook, handler: (event: any) => Promise<void>, policy: Policy = FAST): Promise<Run> {
  (global as any).Office = fake.office;
  const event = fakeEvent();
  const start = Date.now();
  const work = handler(event);
  await jest.advanceTimersByTimeAsync(policy.watchdogMs + 50);
  const elapsedMs = event.calls.length ? event.calls[0].at - start : Infinity;
  await jest.advanceTimersByTimeAsync(120000);
  await work;
  return { calls: event.calls.length, elapsedMs, options: event.calls[0] ? event.calls[0].options : undefined };
}

const recipients = (policy: Policy = FAST) => (event: any) => onMessageRecipientsChangedHandler(event, { policy, now: () => NOW });
const send = (policy: Policy = FAST) => (event: any) => onMessageSendHandler(event, { policy, now: () => NOW });

describe("OnMessageRecipientsChanged", () => {
  test("is registered in the event bundle under the manifest's name", () => {
    expect(typeof HANDLERS.onMessageRecipientsChangedHandler).toBe("function");
  });

  test("armed, then the marker removed: the lapse goes up as an error message naming what changed", async () => {
    const fake = createFakeOutlook({ bodyHtml: personalBody, headers: { [HEADER.name]: HEADER.value }, sessionData: armedState() });
    const armed = await run(fake, recipients());
    expect(armed.calls).toBe(1);
    expect(fake.state.notifications[NOTICE_KEY]).toMatchObject({ type: "informationalMessage", persistent: true });

    delete fake.state.headers[HEADER.name];
    const lapsed = await run(fake, recipients());
    expect(lapsed.calls).toBe(1);
    expect(lapsed.elapsedMs).toBeLessThanOrEqual(FAST.watchdogMs);
    expect(lapsed.options).toBeUndefined(); // completed() with nothing: recipients events carry no verdict
    const notice = fake.state.notifications[NOTICE_KEY];
    expect(notice.type).toBe("errorMessage");
    expect(notice.message).toBe(
      "Sikker post er faldet bort: markeringen til sikker post er fjernet fra mailen. Send er blokeret, til mailen er markeret igen.",
    );
    expect(notice.message.length).toBeLessThanOrEqual(150);
    // It arms nothing: Send decides.
    expect(fake.state.headers[HEADER.name]).toBeUndefined();
  });

  test("not armed: no notice, nothing written", async () => {
    const fake = createFakeOutlook({ bodyHtml: personalBody });
    const r = await run(fake, recipients());
    expect(r.calls).toBe(1);
    expect(fake.state.notifications).toEqual({});
    expect(fake.calls.filter((c) => /setAsync|replaceAsync/.test(c))).toEqual([]);
  });

  test("in English for an English Outlook", async () => {
    const fake = createFakeOutlook({ displayLanguage: "en-US", bodyHtml: "<p>Hej</p>", sessionData: armedState() });
    await run(fake, recipients());
    expect(fake.state.notifications[NOTICE_KEY].message).toMatch(/^Secure post has lapsed: the secure-post marker was removed/);
  });

  const misbehaving: MethodName[] = [
    "subject.getAsync",
    "body.getAsync",
    "getAttachmentsAsync",
    "internetHeaders.getAsync",
    "sessionData.getAsync",
    "notificationMessages.replaceAsync",
  ];
  describe.each(["fail", "throw", "hang", "slow"] as Misbehaviour[])("a call that does %s", (how) => {
    test.each(misbehaving)("%s: completes exactly once within the watchdog", async (method) => {
      const fake = createFakeOutlook({ bodyHtml: personalBody, sessionData: armedState(), misbehave: { [method]: how } });
      const r = await run(fake, recipients());
      expect(r.calls).toBe(1);
      expect(r.elapsedMs).toBeLessThanOrEqual(FAST.watchdogMs);
    });
  });

  test("no item at all: completes once", async () => {
    const fake = createFakeOutlook();
    fake.office.context.mailbox.item = null;
    const r = await run(fake, recipients());
    expect(r.calls).toBe(1);
  });
});

describe("the send handler's notices", () => {
  test("arm then stop once: the persistent informational message goes up; the message names no full number", async () => {
    const fake = createFakeOutlook({ bodyHtml: personalBody });
    const r = await run(fake, send());
    expect(r.options.allowEvent).toBe(false);
    expect(fake.state.notifications[NOTICE_KEY]).toMatchObject({ type: "informationalMessage", persistent: true });
    expect(JSON.stringify(fake.state.notifications)).not.toContain(CPR.slice(6));
  });

  test("a lapse re-armed at Send: the informational message replaces the lapse", async () => {
    const fake = createFakeOutlook({ bodyHtml: personalBody, sessionData: armedState() });
    fake.state.notifications[NOTICE_KEY] = { type: "errorMessage", message: "lapsed" };
    const r = await run(fake, send());
    expect(r.options.allowEvent).toBe(false);
    expect(r.options.errorMessage).toMatch(/faldet bort/);
    expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
    expect(fake.state.notifications[NOTICE_KEY]).toMatchObject({ type: "informationalMessage" });
  });

  test("a lapse that cannot be re-armed: blocked, and the lapse stays in the info bar", async () => {
    const fake = createFakeOutlook({ bodyHtml: personalBody, sessionData: armedState(), misbehave: { "internetHeaders.setAsync": "fail" } });
    const r = await run(fake, send());
    expect(r.options.allowEvent).toBe(false);
    expect(fake.state.notifications[NOTICE_KEY]).toMatchObject({ type: "errorMessage" });
  });

  const auto: Policy = { ...FAST, onPersonalData: "auto" };
  describe.each(["fail", "throw", "hang", "slow"] as Misbehaviour[])("notificationMessages.replaceAsync that does %s", (how) => {
    test("policy auto: armed and sent, as without notices, within the watchdog", async () => {
      const fake = createFakeOutlook({ bodyHtml: personalBody, misbehave: { "notificationMessages.replaceAsync": how } });
      const r = await run(fake, send(auto), auto);
      expect(r.calls).toBe(1);
      expect(r.elapsedMs).toBeLessThanOrEqual(auto.watchdogMs);
      expect(r.options).toEqual({ allowEvent: true });
      expect(fake.state.headers[HEADER.name]).toBe(HEADER.value);
    });

    test("confirm: stopped once with the same dialog as without notices", async () => {
      const quiet = createFakeOutlook({ bodyHtml: personalBody });
      const expected = (await run(quiet, send())).options;
      const fake = createFakeOutlook({ bodyHtml: personalBody, misbehave: { "notificationMessages.replaceAsync": how } });
      const r = await run(fake, send());
      expect(r.calls).toBe(1);
      expect(r.options).toEqual(expected);
      expect(r.elapsedMs).toBeLessThanOrEqual(FAST.watchdogMs);
    });

    test("armed and verified: goes through untouched", async () => {
      const fake = createFakeOutlook({
        bodyHtml: personalBody,
        headers: { [HEADER.name]: HEADER.value },
        sessionData: armedState(),
        misbehave: { "notificationMessages.replaceAsync": how },
      });
      const r = await run(fake, send());
      expect(r.options).toEqual({ allowEvent: true });
    });
  });
});
