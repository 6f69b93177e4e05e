// The policy as the event handlers load it, through the real handlers with no policy handed in:
// compose fetches policy.json and keeps it; Send (in a fresh runtime, as the event runtime may
// be) uses the kept copy without touching the network; a store that hangs or fails costs Send
// nothing but falls back to the built-in strict default, and Send still answers once in time.

import { onMessageSendHandler } from "../../src/launchevent/on-message-send";
import { onNewMessageComposeHandler } from "../../src/launchevent/on-new-message-compose";
import { DEFAULT_POLICY } from "../../src/core/policy";
import { LAST_GOOD_KEY } from "../../src/office/policy-store";
import { policyInForce, resetPolicySourceForTests } from "../../src/office/policy-source";
import { createFakeOutlook, fakeEvent } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR_TEXT = formatCpr(syntheticCpr({ year: 1979, month: 6, day: 2, mod11: true, seed: 21 }), "hyphen");
const NOW = new Date("2026-11-28T10:00:00Z");
const ORG = { version: "org-9", armOnNewMessage: true, markers: { header: { name: "X-Org-Secure", value: "sign; encrypt" } } };

type How = "ok" | "fail" | "throw" | "hang";
let storage: { data: { [k: string]: string }; getHow: How };
const realFetch = (global as any).fetch;

function installRuntime(): void {
  (global as any).OfficeRuntime = {
    storage: {
      getItem: (k: string) => {
        if (storage.getHow === "throw") throw new Error("threw");
        if (storage.getHow === "fail") return Promise.reject(new Error("failed"));
        if (storage.getHow === "hang") return new Promise(() => undefined);
        return Promise.resolve(k in storage.data ? storage.data[k] : null);
      },
      setItem: (k: string, v: string) => {
        storage.data[k] = v;
        return Promise.resolve();
      },
    },
  };
}

async function run(handler: (e: any) => Promise<void>, watchdogMs = 4000) {
  const event = fakeEvent();
  const start = Date.now();
  const work = handler(event);
  await jest.advanceTimersByTimeAsync(watchdogMs + 50);
  const at = event.calls.length ? event.calls[0].at - start : Infinity;
  await jest.advanceTimersByTimeAsync(60000);
  await work;
  return { calls: event.calls.length, options: event.calls[0] && event.calls[0].options, at };
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
  resetPolicySourceForTests();
  storage = { data: {}, getHow: "ok" };
  installRuntime();
});
afterEach(() => {
  jest.useRealTimers();
  delete (global as any).Office;
  delete (global as any).OfficeRuntime;
  (global as any).fetch = realFetch;
});

test("compose fetches policy.json from the add-in's origin, keeps it, and arms by it", async () => {
  const fetchMock = jest.fn(() => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(ORG)) }));
  (global as any).fetch = fetchMock;
  const fake = createFakeOutlook({ subject: "Ny", bodyHtml: "<p>Hej</p>" });
  (global as any).Office = fake.office;
  const r = await run((e) => onNewMessageComposeHandler(e));
  expect(r.calls).toBe(1);
  expect((fetchMock.mock.calls[0] as unknown[])[0]).toBe("https://localhost:3000/policy.json");
  expect(policyInForce()).toMatchObject({ source: "fetched", version: "org-9" });
  expect(JSON.parse(storage.data[LAST_GOOD_KEY]).text).toBe(JSON.stringify(ORG));
  expect(fake.state.headers["X-Org-Secure"]).toBe("sign; encrypt");
});

test("Send in a fresh runtime uses the kept copy, and never the network", async () => {
  storage.data[LAST_GOOD_KEY] = JSON.stringify({ v: 1, at: "2026-11-28T09:00:00.000Z", text: JSON.stringify(ORG) });
  const fetchMock = jest.fn();
  (global as any).fetch = fetchMock;
  const fake = createFakeOutlook({ subject: "Sag", bodyHtml: `<p>CPR-nr. ${CPR_TEXT}</p>` });
  (global as any).Office = fake.office;
  const r = await run((e) => onMessageSendHandler(e, { now: () => NOW }));
  expect(fetchMock).not.toHaveBeenCalled();
  expect(r.calls).toBe(1);
  expect(r.options.allowEvent).toBe(false);
  // Marked with the organisation's header, not the built-in one.
  expect(fake.state.headers["X-Org-Secure"]).toBe("sign; encrypt");
  expect(fake.state.headers[DEFAULT_POLICY.markers.header.name]).toBeUndefined();
  expect(policyInForce()).toMatchObject({ source: "last-good", version: "org-9" });
});

test.each(["fail", "throw", "hang"] as How[])("storage that does '%s' at Send: the built-in default, one answer within the watchdog", async (how) => {
  storage.data[LAST_GOOD_KEY] = JSON.stringify({ v: 1, at: "2026-11-28T09:00:00.000Z", text: JSON.stringify(ORG) });
  storage.getHow = how;
  const fake = createFakeOutlook({ subject: "Sag", bodyHtml: `<p>CPR-nr. ${CPR_TEXT}</p>` });
  (global as any).Office = fake.office;
  const r = await run((e) => onMessageSendHandler(e, { now: () => NOW }));
  expect(r.calls).toBe(1);
  expect(r.at).toBeLessThanOrEqual(DEFAULT_POLICY.watchdogMs);
  expect(r.options.allowEvent).toBe(false);
  expect(fake.state.headers[DEFAULT_POLICY.markers.header.name]).toBe(DEFAULT_POLICY.markers.header.value);
  expect(policyInForce().source).toBe("built-in");
});

test("a kept policy with a shorter watchdog shortens Send's watchdog", async () => {
  storage.data[LAST_GOOD_KEY] = JSON.stringify({ v: 1, at: "2026-11-28T09:00:00.000Z", text: JSON.stringify({ version: "quick", watchdogMs: 1000 }) });
  const fake = createFakeOutlook({ subject: "Sag", bodyHtml: "<p>Hej</p>", misbehave: { "body.getAsync": "hang" } });
  (global as any).Office = fake.office;
  const r = await run((e) => onMessageSendHandler(e, { now: () => NOW }));
  expect(r.calls).toBe(1);
  expect(r.at).toBeLessThanOrEqual(1000);
  expect(r.options.allowEvent).toBe(false);
});
