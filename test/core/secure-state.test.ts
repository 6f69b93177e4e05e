// The state is judged by the markers on the item: armed, not armed, or LAPSED.

import { DEFAULT_POLICY, Policy } from "../../src/core/policy";
import { evaluateState, newArmedState, parseStoredState, StoredState } from "../../src/core/secure-state";

const NOW = new Date("2026-11-28T12:00:00Z");
const H = DEFAULT_POLICY.markers.header;
const TAGGED: Policy = { ...DEFAULT_POLICY, markers: { ...DEFAULT_POLICY.markers, subjectTag: "#k#", sensitivityLabelId: "lbl-1" } };

function stored(policy: Policy = DEFAULT_POLICY, at = NOW): StoredState {
  return newArmedState(policy, "user", at);
}

test("armed state with the header on the item: armed, by whom and since when", () => {
  expect(evaluateState(stored(), { headerValue: H.value, subject: "" }, DEFAULT_POLICY, NOW)).toEqual({
    kind: "armed",
    by: "user",
    at: NOW.toISOString(),
  });
});

test("armed state, header gone: lapsed with header-missing", () => {
  expect(evaluateState(stored(), { headerValue: null, subject: "" }, DEFAULT_POLICY, NOW)).toMatchObject({
    kind: "lapsed",
    changes: ["header-missing"],
  });
});

test("armed state, header value changed (e.g. to sign only): lapsed with header-changed", () => {
  expect(evaluateState(stored(), { headerValue: "sign", subject: "" }, DEFAULT_POLICY, NOW)).toMatchObject({
    kind: "lapsed",
    changes: ["header-changed"],
  });
});

test("every marker of the policy is checked: subject tag and sensitivity label", () => {
  const v = evaluateState(stored(TAGGED), { headerValue: H.value, subject: "Sag", sensitivityLabelId: "other" }, TAGGED, NOW);
  expect(v).toMatchObject({ kind: "lapsed", changes: ["subject-tag-missing", "label-changed"] });
  const ok = evaluateState(stored(TAGGED), { headerValue: H.value, subject: "#k# Sag", sensitivityLabelId: "lbl-1" }, TAGGED, NOW);
  expect(ok.kind).toBe("armed");
});

test("older than the policy's maximum age: lapsed with too-old; no maximum: never too old", () => {
  const old = stored(DEFAULT_POLICY, new Date(NOW.getTime() - 61 * 60000));
  const aged: Policy = { ...DEFAULT_POLICY, maxStateAgeMinutes: 60 };
  expect(evaluateState(old, { headerValue: H.value, subject: "" }, aged, NOW)).toMatchObject({ kind: "lapsed", changes: ["too-old"] });
  expect(evaluateState(old, { headerValue: H.value, subject: "" }, DEFAULT_POLICY, NOW).kind).toBe("armed");
});

test("an unparseable arming time counts as too old when there is a maximum age (fail closed)", () => {
  const bad = { ...stored(), at: "yesterday-ish" };
  expect(evaluateState(bad, { headerValue: H.value, subject: "" }, { ...DEFAULT_POLICY, maxStateAgeMinutes: 60 }, NOW).kind).toBe("lapsed");
});

test("no stored state: the markers decide (all present armed, none not armed, some lapsed)", () => {
  expect(evaluateState(null, { headerValue: H.value, subject: "" }, DEFAULT_POLICY, NOW)).toEqual({ kind: "armed", by: "unknown", at: null });
  expect(evaluateState(null, { headerValue: null, subject: "" }, DEFAULT_POLICY, NOW)).toEqual({ kind: "not-armed" });
  expect(evaluateState(null, { headerValue: H.value, subject: "Sag", sensitivityLabelId: "lbl-1" }, TAGGED, NOW)).toMatchObject({
    kind: "lapsed",
    changes: ["subject-tag-missing"],
  });
});

test("stored state is parsed defensively: anything malformed is no state", () => {
  expect(parseStoredState(JSON.stringify(stored()))).toEqual(stored());
  for (const raw of [null, "", "{", "[]", '{"v":2}', JSON.stringify({ ...stored(), by: "admin" }), JSON.stringify({ ...stored(), markers: null })]) {
    expect(parseStoredState(raw)).toBeNull();
  }
});

test("a stored state holds no mode: secure post is always sign + encrypt", () => {
  expect(Object.keys(stored()).sort()).toEqual(["armed", "at", "by", "markers", "v"]);
  expect(stored().markers.header).toEqual({ name: "X-Secure-Post", value: "sign; encrypt" });
});
