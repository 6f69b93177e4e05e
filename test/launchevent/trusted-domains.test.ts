// Trusted recipient domains through the real send handler on the fake Outlook: relaxed only when
// every recipient (To, Cc, Bcc) could be read and is inside; every failure to read them keeps
// secure post, and Send still completes exactly once within the watchdog.

import { onMessageSendHandler } from "../../src/launchevent/on-message-send";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { createFakeOutlook, fakeEvent, FakeOutlook, FakeOutlookOptions, FakeRecipient } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR_TEXT = formatCpr(syntheticCpr({ year: 1985, month: 1, day: 1, mod11: true, seed: 7 }), "hyphen");
const HEADER = DEFAULT_POLICY.markers.header;
const NOW = new Date("2026-11-28T10:00:00Z");
const POLICY: Policy = {
  ...DEFAULT_POLICY,
  watchdogMs: 1000,
  trustedRecipientDomains: [
    { domain: "kk.dk", types: ["dk-cpr"] },
    { domain: "region.dk", types: ["dk-cpr", "sensitive:health"] },
  ],
};
const cprBody = `<p>Vedr. borgeren, CPR-nr. ${CPR_TEXT}, jf. samtalen.</p>`;
const healthBody =
  "<p>Hej Lene</p><p>Borgeren har sendt en ny lægeerklæring. Hun er fortsat sygemeldt med stress og depression, og vi forlænger sygedagpengene til 1. marts.</p>";

function r(emailAddress: string, recipientType?: string): FakeRecipient {
  return { displayName: emailAddress, emailAddress, recipientType };
}

async function send(opts: FakeOutlookOptions, policy: Policy = POLICY): Promise<{ fake: FakeOutlook; options: any; calls: number; elapsed: number }> {
  const fake = createFakeOutlook({ subject: "Sag", bodyHtml: cprBody, ...opts });
  (global as any).Office = fake.office;
  const event = fakeEvent();
  const start = Date.now();
  const work = onMessageSendHandler(event, { policy, now: () => NOW });
  await jest.advanceTimersByTimeAsync(policy.watchdogMs + 50);
  await jest.advanceTimersByTimeAsync(120000);
  await work;
  return { fake, options: event.calls[0] && event.calls[0].options, calls: event.calls.length, elapsed: event.calls.length ? event.calls[0].at - start : Infinity };
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => {
  jest.useRealTimers();
  delete (global as any).Office;
});

test("every recipient in a trusted domain: Send goes through unmarked", async () => {
  const run = await send({ to: [r("sagsbehandler@kk.dk")], cc: [r("leder@jobcenter.kk.dk")], bcc: [r("arkiv@kk.dk")] });
  expect(run.calls).toBe(1);
  expect(run.options).toEqual({ allowEvent: true });
  expect(run.fake.state.headers[HEADER.name]).toBeUndefined();
});

test.each([
  ["To", { to: [r("a@kk.dk"), r("borger@mail.example")] }],
  ["Cc", { to: [r("a@kk.dk")], cc: [r("borger@mail.example")] }],
  ["Bcc", { to: [r("a@kk.dk")], bcc: [r("borger@mail.example")] }],
])("one recipient outside in %s: marked for secure post and stopped once", async (_where, opts) => {
  const run = await send(opts);
  expect(run.calls).toBe(1);
  expect(run.options.allowEvent).toBe(false);
  expect(run.fake.state.headers[HEADER.name]).toBe(HEADER.value);
});

test("a distribution list, even on a trusted domain, is not known to be inside", async () => {
  const run = await send({ to: [r("alle@kk.dk", "distributionList")] });
  expect(run.options.allowEvent).toBe(false);
  expect(run.fake.state.headers[HEADER.name]).toBe(HEADER.value);
});

const FIELDS = ["to.getAsync", "cc.getAsync", "bcc.getAsync"] as const;
const HOW = ["fail", "throw", "hang"] as const;
describe.each(FIELDS.flatMap((m) => HOW.map((h) => [m, h] as const)))("recipients unreadable (%s %s)", (method, how) => {
  test("nothing is relaxed: the message is marked and stopped once, within the watchdog", async () => {
    const run = await send({ to: [r("a@kk.dk")], misbehave: { [method]: how } });
    expect(run.calls).toBe(1);
    expect(run.elapsed).toBeLessThanOrEqual(POLICY.watchdogMs);
    expect(run.options.allowEvent).toBe(false);
    // Not a fault: an unreadable recipient list only withholds the relaxation.
    expect(run.fake.state.headers[HEADER.name]).toBe(HEADER.value);
    expect(run.options.errorMessage).toContain("personoplysninger");
    expect(JSON.stringify(run.options)).not.toContain(CPR_TEXT);
  });
});

test("a client without Bcc cannot show every recipient: nothing is relaxed", async () => {
  const fake = createFakeOutlook({ subject: "Sag", bodyHtml: cprBody, to: [r("a@kk.dk")] });
  delete fake.mailbox.item.bcc;
  (global as any).Office = fake.office;
  const event = fakeEvent();
  const work = onMessageSendHandler(event, { policy: POLICY, now: () => NOW });
  await jest.advanceTimersByTimeAsync(5000);
  await work;
  expect(event.calls).toHaveLength(1);
  expect(event.calls[0].options.allowEvent).toBe(false);
});

test("special-category data is relaxed only for a domain that lists that category", async () => {
  const toKk = await send({ bodyHtml: healthBody, to: [r("a@kk.dk")] });
  expect(toKk.options.allowEvent).toBe(false);
  const toRegion = await send({ bodyHtml: healthBody, to: [r("a@region.dk")] });
  expect(toRegion.options).toEqual({ allowEvent: true });
});

test("without trusted domains in the policy the recipients are never read", async () => {
  const run = await send({ to: [r("a@kk.dk")] }, { ...DEFAULT_POLICY, watchdogMs: 1000 });
  expect(run.options.allowEvent).toBe(false);
  expect(run.fake.calls.filter((m) => FIELDS.indexOf(m as (typeof FIELDS)[number]) >= 0)).toEqual([]);
});
