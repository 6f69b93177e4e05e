// decideSend: the table row by row, then as a property over every combination.

import * as fc from "fast-check";
import { decideSend, Fault, SendContext } from "../../src/core/decision";
import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { StateView } from "../../src/core/secure-state";
import { ScanResult } from "../../src/core/types";

function scan(requiresSecure: boolean): ScanResult {
  return { findings: [], weakFindings: [], unreadable: [], requiresSecure };
}
const NOT_ARMED: StateView = { kind: "not-armed" };
const ARMED: StateView = { kind: "armed", by: "user", at: "2026-11-28T10:00:00.000Z" };
const LAPSED: StateView = { kind: "lapsed", by: "user", at: null, changes: ["header-missing"] };

function ctx(over: Partial<SendContext>): SendContext {
  return { scan: scan(false), state: NOT_ARMED, faults: [], policy: DEFAULT_POLICY, ...over };
}

describe("each row of the table", () => {
  test("no personal data, not armed: allow", () => {
    expect(decideSend(ctx({}))).toEqual({ action: "allow", reason: "no-personal-data" });
  });
  test("no personal data, armed: allow (it stays secure)", () => {
    expect(decideSend(ctx({ state: ARMED })).action).toBe("allow");
  });
  test("personal data, armed and verified: allow", () => {
    expect(decideSend(ctx({ scan: scan(true), state: ARMED }))).toEqual({ action: "allow", reason: "armed-verified" });
  });
  test("personal data, not armed, confirm: arm then block once", () => {
    expect(decideSend(ctx({ scan: scan(true) }))).toEqual({ action: "arm", afterArm: "block", reason: "personal-data" });
  });
  test("personal data, not armed, auto: arm then allow", () => {
    const auto: Policy = { ...DEFAULT_POLICY, onPersonalData: "auto" };
    expect(decideSend(ctx({ scan: scan(true), policy: auto }))).toEqual({ action: "arm", afterArm: "allow", reason: "personal-data" });
  });
  test("anything, lapsed: block and re-arm, naming what changed", () => {
    for (const s of [scan(true), scan(false)]) {
      expect(decideSend(ctx({ scan: s, state: LAPSED }))).toEqual({ action: "block", reason: "lapsed", rearm: true, changes: ["header-missing"] });
    }
  });
  test("a fault: block, naming it, even for a message with no personal data", () => {
    expect(decideSend(ctx({ faults: ["body"] }))).toEqual({ action: "block", reason: "fault", faults: ["body"] });
  });
  test("nothing read at all counts as a fault even if none was named", () => {
    expect(decideSend(ctx({ scan: null }))).toEqual({ action: "block", reason: "fault", faults: ["body"] });
    expect(decideSend(ctx({ state: null }))).toEqual({ action: "block", reason: "fault", faults: ["markers"] });
  });
});

describe("as a property over every combination", () => {
  const faultArb = fc.subarray<Fault>(["subject", "body", "attachments", "markers", "state", "arm", "timeout", "unexpected"]);
  const stateArb = fc.oneof(
    fc.constant<StateView | null>(null),
    fc.constant<StateView | null>(NOT_ARMED),
    fc.constant<StateView | null>(ARMED),
    fc.constant<StateView | null>(LAPSED),
  );
  const scanArb = fc.oneof(fc.constant<ScanResult | null>(null), fc.boolean().map((b) => scan(b)));
  const modeArb = fc.constantFrom<"confirm" | "auto">("confirm", "auto");

  test("Send is allowed only when everything was checked, nothing lapsed, and personal data is armed", () => {
    fc.assert(
      fc.property(faultArb, stateArb, scanArb, modeArb, (faults, state, s, mode) => {
        const v = decideSend({ faults, state, scan: s, policy: { ...DEFAULT_POLICY, onPersonalData: mode } });
        if (v.action === "allow") {
          expect(faults).toHaveLength(0);
          expect(s).not.toBeNull();
          expect(state).not.toBeNull();
          expect(state!.kind).not.toBe("lapsed");
          if (s!.requiresSecure) expect(state!.kind).toBe("armed");
        }
        if (v.action === "arm") expect(s!.requiresSecure && state!.kind === "not-armed").toBe(true);
      }),
    );
  });
});
