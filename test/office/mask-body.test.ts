// "Mask CPR numbers" on the item: read, rewrite, write as HTML, read back and verify.

import { DEFAULT_POLICY } from "../../src/core/policy";
import { maskCprInBody } from "../../src/office/mask-body";
import { OfficeCallError } from "../../src/office/office-call";
import { createFakeOutlook, Misbehaviour } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR = syntheticCpr({ year: 1988, month: 12, day: 3, mod11: true, seed: 71 });
const NOW = new Date("2026-11-28T10:00:00Z");

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

async function settle<T>(p: Promise<T>): Promise<T> {
  await jest.advanceTimersByTimeAsync(120000);
  return p;
}

test("writes the masked HTML with coercionType html and verifies it by reading back", async () => {
  const fake = createFakeOutlook({ bodyHtml: `<div>CPR: <b>${formatCpr(CPR, "hyphen")}</b></div>` });
  const r = await settle(maskCprInBody(fake.mailbox.item, DEFAULT_POLICY, NOW, 1000));
  expect(r).toEqual({ masked: 1, remaining: 0 });
  expect(fake.state.bodyHtml).toBe(`<div>CPR: <b>${CPR.slice(0, 6)}-XXXX</b></div>`);
  expect(fake.calls).toEqual(["body.getAsync", "body.setAsync", "body.getAsync"]);
});

test("nothing to mask: the body is not written", async () => {
  const fake = createFakeOutlook({ bodyHtml: "<p>Faktura 150323-0042</p>" });
  const r = await settle(maskCprInBody(fake.mailbox.item, DEFAULT_POLICY, NOW, 1000));
  expect(r).toEqual({ masked: 0, remaining: 0 });
  expect(fake.calls).not.toContain("body.setAsync");
});

test("a write that reports success without sticking counts as not masked", async () => {
  const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>`, misbehave: { "body.setAsync": "nostick" } });
  expect(await settle(maskCprInBody(fake.mailbox.item, DEFAULT_POLICY, NOW, 1000))).toEqual({ masked: 0, remaining: 1 });
});

test.each<Misbehaviour>(["fail", "throw", "hang"])("a body call that does %s rejects with the body fault", async (how) => {
  for (const method of ["body.getAsync", "body.setAsync"] as const) {
    const fake = createFakeOutlook({ bodyHtml: `<p>CPR ${formatCpr(CPR, "hyphen")}</p>`, misbehave: { [method]: how } });
    const caught = maskCprInBody(fake.mailbox.item, DEFAULT_POLICY, NOW, 1000).then(
      () => null,
      (e: unknown) => e,
    );
    const e = await settle(caught);
    expect(e).toBeInstanceOf(OfficeCallError);
    expect((e as OfficeCallError).fault).toBe("body");
  }
});
