/**
 * @jest-environment jsdom
 */
// The taskpane says which policy is in force (version and source) in both languages, follows a
// refreshed policy (its language list, its notices URL), and shows the trusted-domain reason.

import * as fs from "fs";
import * as path from "path";
import { startTaskpane } from "../../src/taskpane/taskpane";
import { policyText, whenOf } from "../../src/taskpane/view-model";
import { DEFAULT_POLICY, Policy, PolicyInForce } from "../../src/core/policy";
import { chooseLang } from "../../src/core/i18n";
import { createFakeOutlook } from "../support/fake-outlook";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const NOW = new Date(2026, 10, 28, 10, 30);
const CPR_TEXT = formatCpr(syntheticCpr({ year: 1988, month: 2, day: 9, mod11: true, seed: 31 }), "hyphen");

function loadPage(): void {
  const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, "");
}
function text(id: string): string {
  return (document.getElementById(id) as HTMLElement).textContent || "";
}

let pane: { stop(): void } | null = null;
beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
  loadPage();
});
afterEach(() => {
  if (pane) pane.stop();
  pane = null;
  jest.useRealTimers();
});

const ORG: Policy = { ...DEFAULT_POLICY, version: "org-2026-11" };
const today = new Date(2026, 10, 28, 9, 5).toISOString();
const earlier = new Date(2026, 10, 25, 16, 40).toISOString();

describe("the policy line", () => {
  test.each([
    [{ policy: ORG, source: "fetched", at: today, version: "org-2026-11" }, "da", "Politik org-2026-11 (hentet 09:05)"],
    [{ policy: ORG, source: "fetched", at: today, version: "org-2026-11" }, "en", "Policy org-2026-11 (fetched 09:05)"],
    [
      { policy: ORG, source: "last-good", at: earlier, version: "org-2026-11" },
      "da",
      "Politik org-2026-11 (senest gyldige kopi fra 25.11. 16:40; politikken kunne ikke hentes nu)",
    ],
    [
      { policy: ORG, source: "last-good", at: earlier, version: "org-2026-11" },
      "en",
      "Policy org-2026-11 (last good copy from 25.11. 16:40; the policy could not be fetched now)",
    ],
    [{ policy: DEFAULT_POLICY, source: "built-in", version: "built-in-strict" }, "da", "Politik built-in-strict (indbygget streng standard)"],
    [{ policy: DEFAULT_POLICY, source: "built-in", version: "built-in-strict" }, "en", "Policy built-in-strict (built-in strict default)"],
  ] as [PolicyInForce, "da" | "en", string][])("%#: %p.source in %s", (p, lang, want) => {
    expect(policyText(p, lang, NOW)).toBe(want);
  });

  test("a copy from another year says the year", () => {
    expect(whenOf(new Date(2025, 11, 31, 23, 59).toISOString(), NOW)).toBe("31.12.2025 23:59");
  });

  test("the pane shows it, and follows a refresh from the last good copy to the fetched one", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    const fetched: PolicyInForce = { policy: { ...ORG, version: "org-2026-12" }, source: "fetched", at: NOW.toISOString(), version: "org-2026-12" };
    pane = startTaskpane(fake.office.context.mailbox.item, ORG, "da", {
      loadNotices: () => Promise.resolve([]),
      policyInForce: { policy: ORG, source: "last-good", at: earlier, version: "org-2026-11" },
      refreshPolicy: () => Promise.resolve(fetched),
    });
    expect(text("policy-info")).toMatch(/^Politik org-2026-11 \(senest gyldige kopi fra 25\.11\. 16:40/);
    await jest.advanceTimersByTimeAsync(10);
    expect(text("policy-info")).toBe("Politik org-2026-12 (hentet 10:30)");
  });

  test("a refresh that fails leaves the policy in force as it was", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", {
      loadNotices: () => Promise.resolve([]),
      policyInForce: { policy: DEFAULT_POLICY, source: "built-in", version: DEFAULT_POLICY.version },
      refreshPolicy: () => Promise.reject(new Error("offline")),
    });
    await jest.advanceTimersByTimeAsync(10);
    expect(text("policy-info")).toBe("Policy built-in-strict (built-in strict default)");
  });
});

describe("languages", () => {
  test("Office's display language when the policy lists it, else the policy's first", () => {
    expect(chooseLang("da-DK", ["da", "en"])).toBe("da");
    expect(chooseLang("en-GB", ["da", "en"])).toBe("en");
    expect(chooseLang("de-DE", ["da", "en"])).toBe("da");
    expect(chooseLang("de-DE", ["en", "da"])).toBe("en");
    expect(chooseLang("en-US", ["da"])).toBe("da");
    expect(chooseLang("da", ["en"])).toBe("en");
    expect(chooseLang(undefined, ["en", "da"])).toBe("en");
    expect(chooseLang("dansk", ["en", "da"])).toBe("en");
  });

  test("a refreshed policy that allows only Danish turns an English pane Danish", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    const danishOnly: Policy = { ...DEFAULT_POLICY, version: "da-only", languages: ["da"] };
    pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "en", {
      loadNotices: () => Promise.resolve([]),
      refreshPolicy: () => Promise.resolve({ policy: danishOnly, source: "fetched", at: NOW.toISOString(), version: "da-only" }),
      chooseLang: (languages) => chooseLang("en-US", languages),
    });
    await jest.advanceTimersByTimeAsync(10);
    expect(document.documentElement.lang).toBe("da");
    expect(text("title")).toBe("Sikker post");
    expect(text("policy-info")).toBe("Politik da-only (hentet 10:30)");
  });
});

describe("notices URL", () => {
  test("the default loader reads the policy's noticesUrl, after the refreshed policy says where", async () => {
    const fake = createFakeOutlook({ bodyHtml: "<p>Hej</p>" });
    const saved = (global as any).fetch;
    const fetchMock = jest.fn(() => Promise.resolve({ ok: true, headers: { get: () => null }, text: () => Promise.resolve('{"notices":[]}') }));
    (global as any).fetch = fetchMock;
    try {
      const moved: Policy = { ...DEFAULT_POLICY, version: "moved", noticesUrl: "driftsstatus/notices.json" };
      pane = startTaskpane(fake.office.context.mailbox.item, DEFAULT_POLICY, "da", {
        refreshPolicy: () => Promise.resolve({ policy: moved, source: "fetched", at: NOW.toISOString(), version: "moved" }),
      });
      await jest.advanceTimersByTimeAsync(10);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect((fetchMock.mock.calls[0] as unknown[])[0]).toBe("driftsstatus/notices.json");
    } finally {
      (global as any).fetch = saved;
    }
  });
});

test("all recipients in a trusted domain: the pane says Send goes without secure post, and why", async () => {
  const trusting: Policy = { ...DEFAULT_POLICY, trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr"] }] };
  const fake = createFakeOutlook({ bodyHtml: `<p>CPR-nr. ${CPR_TEXT}</p>`, to: [{ displayName: "A", emailAddress: "a@kk.dk" }] });
  pane = startTaskpane(fake.office.context.mailbox.item, trusting, "da", { loadNotices: () => Promise.resolve([]) });
  await jest.advanceTimersByTimeAsync(10);
  expect(text("verdict")).toBe(
    "Send: mailen sendes – ikke som sikker post, fordi alle modtagere er i det betroede domæne kk.dk (politik), hvor CPR-numre må sendes uden.",
  );
  fake.state.cc.push({ displayName: "B", emailAddress: "b@mail.example" });
  await jest.advanceTimersByTimeAsync(1600);
  expect(text("verdict")).toMatch(/stopper én gang og markerer mailen til sikker post/);
});

test("in a page, policy.json is read beside the page (its own origin, whatever port it is served on)", async () => {
  const { refreshPolicy, resetPolicySourceForTests } = await import("../../src/office/policy-source");
  resetPolicySourceForTests();
  const fetchText = jest.fn(() => Promise.reject(new Error("offline")));
  await refreshPolicy({ fetchText, stores: () => [] });
  expect((fetchText.mock.calls[0] as unknown[])[0]).toBe("policy.json");
});
