// The policy's one relaxation: trusted recipient domains. decideSend relaxes a message only when
// every recipient is in a domain trusted for every type that required secure post, and says so.

import { decideSend, SendContext } from "../../src/core/decision";
import { describeVerdict } from "../../src/core/i18n";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { domainOfAddress, relaxedFor } from "../../src/core/trusted-recipients";
import { Finding, ScanResult } from "../../src/core/types";

function finding(type: string): Finding {
  return { type, location: "body", confidence: 0.9, masked: type.indexOf("sensitive:") === 0 ? "[x]" : "010185-XXXX", start: 0, end: 1, reasons: [] };
}
function scanOf(types: string[], unreadable = false): ScanResult {
  return {
    findings: types.map(finding),
    weakFindings: [],
    unreadable: unreadable ? [{ location: "attachment:scan.png", reason: "image" }] : [],
    requiresSecure: true,
  };
}
const TRUSTING: Policy = {
  ...DEFAULT_POLICY,
  trustedRecipientDomains: [
    { domain: "kk.dk", types: ["dk-cpr"] },
    { domain: "aarhus.dk", types: ["dk-cpr", "sensitive:health"] },
  ],
};
function ctx(types: string[], recipients: string[] | null | undefined, over: Partial<SendContext> = {}): SendContext {
  return { scan: scanOf(types), state: { kind: "not-armed" }, faults: [], policy: TRUSTING, recipients, ...over };
}
const ARM = { action: "arm", afterArm: "block", reason: "personal-data" };

test("every recipient inside a trusted domain: relaxed, and the verdict says why", () => {
  const v = decideSend(ctx(["dk-cpr"], ["a@kk.dk", "b@sub.kk.dk"]));
  expect(v).toEqual({ action: "allow", reason: "trusted-recipients", domains: ["kk.dk"], types: ["dk-cpr"] });
  expect(describeVerdict(v, "en")).toBe(
    "Send: the message goes through – not secure post because all recipients are in trusted domain kk.dk (policy), where CPR numbers may go without it.",
  );
  expect(describeVerdict(v, "da")).toContain("ikke som sikker post, fordi alle modtagere er i det betroede domæne kk.dk (politik)");
});

test("recipients across two trusted domains: relaxed only for the types both trust", () => {
  expect(decideSend(ctx(["dk-cpr"], ["a@kk.dk", "b@aarhus.dk"]))).toMatchObject({ reason: "trusted-recipients", domains: ["kk.dk", "aarhus.dk"] });
  expect(decideSend(ctx(["sensitive:health"], ["a@kk.dk", "b@aarhus.dk"]))).toEqual(ARM);
});

test("one recipient outside (To, Cc or Bcc alike): nothing is relaxed", () => {
  expect(decideSend(ctx(["dk-cpr"], ["a@kk.dk", "x@gmail.example"]))).toEqual(ARM);
});

test("look-alike domains are outside", () => {
  for (const r of ["a@evilkk.dk", "a@kk.dk.evil.example", "a@kk.dk@evil.example", "kk.dk", "a@", "", "a@KK.DK.", "a@kk_dk"]) {
    expect(decideSend(ctx(["dk-cpr"], [r]))).toEqual(ARM);
  }
  expect(domainOfAddress("Someone@KK.DK")).toBe("kk.dk");
});

test("recipients that could not be read, or were never read, or none at all: nothing is relaxed", () => {
  expect(decideSend(ctx(["dk-cpr"], null))).toEqual(ARM);
  expect(decideSend(ctx(["dk-cpr"], undefined))).toEqual(ARM);
  expect(decideSend(ctx(["dk-cpr"], []))).toEqual(ARM);
});

test("a special category is relaxed only where it is listed by name", () => {
  expect(decideSend(ctx(["sensitive:health"], ["a@kk.dk"]))).toEqual(ARM);
  expect(decideSend(ctx(["sensitive:health"], ["a@aarhus.dk"]))).toMatchObject({ reason: "trusted-recipients", types: ["sensitive:health"] });
  // Health listed does not carry the other categories with it.
  expect(decideSend(ctx(["sensitive:health", "sensitive:criminal"], ["a@aarhus.dk"]))).toEqual(ARM);
});

test("every type that required secure post must be relaxed; warnings do not count", () => {
  expect(decideSend(ctx(["dk-cpr", "se-personnummer"], ["a@kk.dk"]))).toEqual(ARM);
  expect(decideSend(ctx(["dk-cpr", "iban"], ["a@kk.dk"]))).toMatchObject({ reason: "trusted-recipients", types: ["dk-cpr"] });
  // A listed name is exact: dk-cpr does not take the substitute numbers with it.
  expect(decideSend(ctx(["dk-cpr-substitute"], ["a@kk.dk"]))).toEqual(ARM);
});

test("an unreadable attachment is never relaxed", () => {
  expect(decideSend(ctx([], ["a@kk.dk"], { scan: scanOf(["dk-cpr"], true) }))).toEqual(ARM);
});

test("the relaxation never outranks a fault or a lapse, and an armed message stays armed", () => {
  expect(decideSend(ctx(["dk-cpr"], ["a@kk.dk"], { faults: ["body"] })).action).toBe("block");
  expect(decideSend(ctx(["dk-cpr"], ["a@kk.dk"], { state: { kind: "lapsed", by: "user", at: null, changes: ["header-missing"] } }))).toMatchObject({
    action: "block",
    reason: "lapsed",
  });
  expect(decideSend(ctx(["dk-cpr"], ["a@kk.dk"], { state: { kind: "armed", by: "user", at: null } }))).toEqual({ action: "allow", reason: "armed-verified" });
});

test("no trusted domains in the policy: recipients change nothing", () => {
  expect(decideSend(ctx(["dk-cpr"], ["a@kk.dk"], { policy: DEFAULT_POLICY }))).toEqual(ARM);
  expect(relaxedFor([], ["a@kk.dk"])).toEqual({ domains: [], types: [] });
});
