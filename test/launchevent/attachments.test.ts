// Attachments across events: scanned when added (light formats) or in the taskpane (PDF), each
// result cached per attachment in sessionData, and Send counting the cache instead of extracting.

import { onMessageAttachmentsChangedHandler } from "../../src/launchevent/on-message-attachments-changed";
import { onMessageSendHandler } from "../../src/launchevent/on-message-send";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { inspectItem } from "../../src/office/inspect";
import { DEFAULT_BUDGET } from "../../src/core/extract";
import { createFakeOutlook, fakeEvent, FakeOutlook } from "../support/fake-outlook";
import { makeDocx, makeZip } from "../support/make-attachments";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const NOW = new Date("2026-11-28T10:00:00Z");
const FAST: Policy = { ...DEFAULT_POLICY, watchdogMs: 1000 };
const CPR = syntheticCpr({ year: 1977, month: 8, day: 21, mod11: true, seed: 41 });
const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => {
  jest.useRealTimers();
  delete (global as any).Office;
});

async function settle<T>(p: Promise<T>): Promise<T> {
  await jest.advanceTimersByTimeAsync(120000);
  return p;
}

async function send(fake: FakeOutlook): Promise<any> {
  (global as any).Office = fake.office;
  const event = fakeEvent();
  await settle(onMessageSendHandler(event, { policy: FAST, now: () => NOW }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  return event.calls[0].options;
}

test("a docx with a CPR number in its header, added: scanned on the event, Send uses the cache", async () => {
  const docx = makeDocx({ body: "Referat af mødet.", header: `Borger: CPR-nr. ${formatCpr(CPR, "hyphen")}`, splitRuns: true });
  const fake = createFakeOutlook({ attachments: [{ id: "att-1", name: "referat.docx", content: b64(docx) }] });
  (global as any).Office = fake.office;
  const event = fakeEvent();
  await settle(onMessageAttachmentsChangedHandler(Object.assign(event, { attachmentStatus: "added" }), { now: () => NOW }));
  expect(event.completed).toHaveBeenCalledTimes(1);
  const cached = Object.keys(fake.state.sessionData!).filter((k) => k.startsWith("spg.att."));
  expect(cached).toHaveLength(1);
  const entry = JSON.parse(fake.state.sessionData![cached[0]]);
  expect(entry.scan.findings[0]).toMatchObject({ type: "dk-cpr", location: "attachment:referat.docx", part: "header", masked: CPR.slice(0, 6) + "-XXXX" });
  expect(fake.state.sessionData![cached[0]]).not.toContain(CPR.slice(6));

  fake.calls.length = 0;
  const options = await send(fake);
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toContain("referat.docx");
  expect(fake.calls).not.toContain("getAttachmentContentAsync");
});

test("a PDF at Send without a taskpane scan: not checked, so secure post, and the user is told how to check it", async () => {
  const fake = createFakeOutlook({ attachments: [{ id: "p1", name: "udtalelse.pdf", content: b64(new Uint8Array([37, 80, 68, 70])) }] });
  const options = await send(fake);
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toMatch(/udtalelse\.pdf er ikke kontrolleret endnu \(åbn panelet Sikker post/);
});

test("a PDF scanned in the taskpane (clean): Send counts the cached result and lets the mail go", async () => {
  const fake = createFakeOutlook({ attachments: [{ id: "p1", name: "program.pdf", content: b64(new Uint8Array([37, 80, 68, 70])) }] });
  const pdf = jest.fn(() => Promise.resolve({ segments: [{ part: "page 1", text: "Program for temadagen om trivsel." }] }));
  const item = fake.office.context.mailbox.item;
  await settle(inspectItem(item, FAST, NOW, 3000, { useCache: true, writeCache: true, extractors: { pdf }, budget: DEFAULT_BUDGET }));
  expect(pdf).toHaveBeenCalledTimes(1);
  const options = await send(fake);
  expect(options).toEqual({ allowEvent: true });
});

test("a cache entry for another attachment of the same id but different size does not count", async () => {
  const fake = createFakeOutlook({ attachments: [{ id: "z1", name: "bilag.zip", content: b64(makeZip([{ name: "a.txt", bytes: Buffer.from(`cpr ${formatCpr(CPR, "hyphen")}`) }])) }] });
  (global as any).Office = fake.office;
  await settle(onMessageAttachmentsChangedHandler(Object.assign(fakeEvent(), { attachmentStatus: "added" }), { now: () => NOW }));
  const key = Object.keys(fake.state.sessionData!).find((k) => k.startsWith("spg.att."))!;
  const entry = JSON.parse(fake.state.sessionData![key]);
  fake.state.sessionData![key] = JSON.stringify({ ...entry, size: entry.size + 1, scan: { findings: [], unreadable: [] } });
  const options = await send(fake);
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toContain("bilag.zip");
});

test("a zip bomb attached: unreadable, never silently passed", async () => {
  const bomb = makeZip([{ name: "big.txt", bytes: new Uint8Array(30 * 1024 * 1024) }]);
  const fake = createFakeOutlook({ attachments: [{ id: "b1", name: "bilag.zip", content: b64(bomb) }] });
  const options = await send(fake);
  expect(options.allowEvent).toBe(false);
  expect(options.errorMessage).toMatch(/bilag\.zip/);
});
