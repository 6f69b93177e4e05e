// The add-in's policy loader: fetched → last good copy → built-in strict default, and never
// anything else. Every store and the network can fail, throw or hang; the loader must answer
// anyway, in time, with the strongest policy it can vouch for.

import { DEFAULT_POLICY } from "../../src/core/policy";
import { KeyValueStore, LAST_GOOD_KEY } from "../../src/office/policy-store";
import {
  currentPolicy,
  policyForEvent,
  policyInForce,
  PolicySourceDeps,
  refreshPolicy,
  resetPolicySourceForTests,
} from "../../src/office/policy-source";

const BASE = "https://addins.example.dk/spg/";
const T0 = new Date("2026-11-28T08:00:00.000Z");
const T1 = new Date("2026-11-28T09:00:00.000Z");

type Behaviour = "ok" | "fail" | "throw" | "hang";

interface FakeStore extends KeyValueStore {
  data: { [k: string]: string };
  getHow: Behaviour;
  setHow: Behaviour;
}

function store(name: string, data: { [k: string]: string } = {}): FakeStore {
  const s: FakeStore = {
    name,
    data,
    getHow: "ok",
    setHow: "ok",
    get(k) {
      if (s.getHow === "throw") throw new Error("storage threw");
      if (s.getHow === "fail") return Promise.reject(new Error("storage failed"));
      if (s.getHow === "hang") return new Promise(() => undefined);
      return Promise.resolve(k in s.data ? s.data[k] : null);
    },
    set(k, v) {
      if (s.setHow === "throw") throw new Error("storage threw");
      if (s.setHow === "fail") return Promise.reject(new Error("storage failed"));
      if (s.setHow === "hang") return new Promise(() => undefined);
      s.data[k] = v;
      return Promise.resolve();
    },
  };
  return s;
}

function record(text: string, at: Date): string {
  return JSON.stringify({ v: 1, at: at.toISOString(), text });
}

const GOOD = JSON.stringify({ version: "org-7", onPersonalData: "auto", markers: { header: { name: "X-Org-Secure", value: "sign; encrypt" } } });
const OLDER = JSON.stringify({ version: "org-6" });

function deps(over: Partial<PolicySourceDeps> & { stores?: () => KeyValueStore[] }): Partial<PolicySourceDeps> {
  return { baseUrl: BASE, fetchMs: 1000, storageMs: 200, now: () => T1, ...over };
}

const offline = () => Promise.reject(new Error("offline"));
const serve = (text: string) => jest.fn((_url: string, _ms: number) => Promise.resolve(text));

/** Runs `p` with fake timers far enough for every bound to expire, and says how long it took. */
async function settle<T>(p: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  let value: T | undefined;
  let done = false;
  p.then((v) => {
    value = v;
    done = true;
  });
  for (let i = 0; i < 100 && !done; i++) await jest.advanceTimersByTimeAsync(50);
  if (!done) throw new Error("never settled");
  return { value: value as T, ms: Date.now() - start };
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(T1);
  resetPolicySourceForTests();
});
afterEach(() => jest.useRealTimers());

describe("refreshPolicy", () => {
  test("a valid policy.json from the add-in's own origin is in force as fetched, and kept in every store", async () => {
    const a = store("OfficeRuntime.storage");
    const b = store("localStorage");
    const fetchText = serve(GOOD);
    const { value } = await settle(refreshPolicy(deps({ fetchText, stores: () => [a, b] })));
    expect(fetchText).toHaveBeenCalledWith(`${BASE}policy.json`, 1000);
    expect(value).toMatchObject({ source: "fetched", version: "org-7", at: T1.toISOString() });
    expect(value.policy.markers.header.name).toBe("X-Org-Secure");
    expect(currentPolicy()).toBe(value.policy);
    expect(JSON.parse(a.data[LAST_GOOD_KEY])).toEqual({ v: 1, at: T1.toISOString(), text: GOOD });
    expect(b.data[LAST_GOOD_KEY]).toBe(a.data[LAST_GOOD_KEY]);
  });

  test("offline: the last good copy, with the time it was fetched", async () => {
    const a = store("s", { [LAST_GOOD_KEY]: record(GOOD, T0) });
    const { value } = await settle(refreshPolicy(deps({ fetchText: offline, stores: () => [a] })));
    expect(value).toMatchObject({ source: "last-good", version: "org-7", at: T0.toISOString() });
    expect(policyInForce()).toBe(value);
  });

  test("offline and nothing kept: the built-in strict default", async () => {
    const { value } = await settle(refreshPolicy(deps({ fetchText: offline, stores: () => [store("s")] })));
    expect(value).toEqual({ policy: DEFAULT_POLICY, source: "built-in", version: DEFAULT_POLICY.version });
  });

  test("a fetch that throws at once or never answers is offline too", async () => {
    const thrower = () => {
      throw new Error("no fetch here");
    };
    expect((await settle(refreshPolicy(deps({ fetchText: thrower, stores: () => [] })))).value.source).toBe("built-in");
    const never = () => new Promise<string>(() => undefined);
    const { value, ms } = await settle(refreshPolicy(deps({ fetchText: never, stores: () => [] })));
    expect(value.source).toBe("built-in");
    expect(ms).toBeLessThanOrEqual(1100);
  });

  test.each([
    ["not JSON", '{ "version": "x", '],
    ["an unknown key", JSON.stringify({ version: "x", encrypt: false })],
    ["a wrong type", JSON.stringify({ version: "x", watchdogMs: "fast" })],
    ["a sign-only marker", JSON.stringify({ version: "x", markers: { header: { name: "X-Secure-Post", value: "sign" } } })],
    ["a wildcard relaxation", JSON.stringify({ version: "x", trustedRecipientDomains: [{ domain: "kk.dk", types: ["sensitive:*"] }] })],
    ["notices from another host", JSON.stringify({ version: "x", noticesUrl: "https://elsewhere.example/n.json" })],
    ["a JSON array", "[]"],
  ])("an invalid file (%s) is never used: the last good copy is, and it is not overwritten", async (_what, text) => {
    const a = store("s", { [LAST_GOOD_KEY]: record(GOOD, T0) });
    const { value } = await settle(refreshPolicy(deps({ fetchText: serve(text), stores: () => [a] })));
    expect(value).toMatchObject({ source: "last-good", version: "org-7" });
    expect(JSON.parse(a.data[LAST_GOOD_KEY]).text).toBe(GOOD);
  });

  test("an invalid file and nothing kept: the built-in default", async () => {
    const { value } = await settle(refreshPolicy(deps({ fetchText: serve('{"watchdogMs": 99999}'), stores: () => [store("s")] })));
    expect(value.source).toBe("built-in");
    expect(value.policy).toBe(DEFAULT_POLICY);
  });

  test.each(["fail", "throw", "hang"] as Behaviour[])("offline and storage that does '%s': the built-in, within the storage budget", async (how) => {
    const a = store("s", { [LAST_GOOD_KEY]: record(GOOD, T0) });
    a.getHow = how;
    const { value, ms } = await settle(refreshPolicy(deps({ fetchText: offline, stores: () => [a] })));
    expect(value.source).toBe("built-in");
    expect(ms).toBeLessThanOrEqual(250);
  });

  test("a store that cannot even be listed counts as none", async () => {
    const stores = () => {
      throw new Error("SecurityError");
    };
    expect((await settle(refreshPolicy(deps({ fetchText: serve(GOOD), stores })))).value.source).toBe("fetched");
    expect((await settle(refreshPolicy(deps({ fetchText: offline, stores })))).value).toMatchObject({ source: "last-good", version: "org-7" });
  });

  test.each(["fail", "throw", "hang"] as Behaviour[])("a write that does '%s' does not hold up the fetched policy", async (how) => {
    const a = store("s");
    a.setHow = how;
    const { value, ms } = await settle(refreshPolicy(deps({ fetchText: serve(GOOD), stores: () => [a] })));
    expect(value.source).toBe("fetched");
    expect(ms).toBeLessThanOrEqual(250);
  });

  test("one store failing, another holding the copy: the copy is found", async () => {
    const broken = store("OfficeRuntime.storage");
    broken.getHow = "hang";
    const ok = store("localStorage", { [LAST_GOOD_KEY]: record(GOOD, T0) });
    const { value } = await settle(refreshPolicy(deps({ fetchText: offline, stores: () => [broken, ok] })));
    expect(value).toMatchObject({ source: "last-good", version: "org-7" });
  });

  test("the newest valid copy wins; damaged and no-longer-valid copies are passed over", async () => {
    const newestButInvalid = store("a", { [LAST_GOOD_KEY]: record(JSON.stringify({ languages: [] }), new Date("2026-11-28T08:30:00Z")) });
    const damaged = store("b", { [LAST_GOOD_KEY]: "{not json" });
    const older = store("c", { [LAST_GOOD_KEY]: record(OLDER, new Date("2026-11-27T08:00:00Z")) });
    const newer = store("d", { [LAST_GOOD_KEY]: record(GOOD, T0) });
    const { value } = await settle(refreshPolicy(deps({ fetchText: offline, stores: () => [newestButInvalid, damaged, older, newer] })));
    expect(value).toMatchObject({ source: "last-good", version: "org-7", at: T0.toISOString() });
  });

  test("what this runtime fetched stays the last good copy when the network and the stores go", async () => {
    const a = store("s");
    await settle(refreshPolicy(deps({ fetchText: serve(GOOD), stores: () => [a] })));
    a.getHow = "hang";
    const { value } = await settle(refreshPolicy(deps({ fetchText: offline, stores: () => [a] })));
    expect(value).toMatchObject({ source: "last-good", version: "org-7", at: T1.toISOString() });
  });
});

describe("policyForEvent (Send and the other events)", () => {
  test("never touches the network, and takes the stored last good copy", async () => {
    const fetchText = jest.fn();
    const a = store("s", { [LAST_GOOD_KEY]: record(GOOD, T0) });
    const { value } = await settle(policyForEvent(deps({ fetchText, stores: () => [a] })));
    expect(fetchText).not.toHaveBeenCalled();
    expect(value).toMatchObject({ source: "last-good", version: "org-7" });
  });

  test.each(["fail", "throw", "hang"] as Behaviour[])("storage that does '%s': the built-in at once (a fresh runtime)", async (how) => {
    const a = store("s", { [LAST_GOOD_KEY]: record(GOOD, T0) });
    a.getHow = how;
    const { value, ms } = await settle(policyForEvent(deps({ stores: () => [a], storageMs: 100 })));
    expect(value.source).toBe("built-in");
    expect(ms).toBeLessThanOrEqual(150);
  });

  test("a copy the taskpane stored later replaces what this runtime fetched earlier", async () => {
    const a = store("s");
    jest.setSystemTime(T0);
    await settle(refreshPolicy(deps({ fetchText: serve(OLDER), stores: () => [a], now: () => T0 })));
    a.data[LAST_GOOD_KEY] = record(GOOD, T1);
    const { value } = await settle(policyForEvent(deps({ stores: () => [a] })));
    expect(value).toMatchObject({ source: "last-good", version: "org-7" });
  });

  test("what this runtime fetched is in force as fetched while no newer copy exists", async () => {
    const a = store("s");
    await settle(refreshPolicy(deps({ fetchText: serve(GOOD), stores: () => [a] })));
    const { value } = await settle(policyForEvent(deps({ stores: () => [a] })));
    expect(value).toMatchObject({ source: "fetched", version: "org-7" });
  });
});

describe("fetchPolicyText (the real fetch)", () => {
  const realFetch = (global as any).fetch;
  afterEach(() => {
    (global as any).fetch = realFetch;
  });
  function respond(status: number, body: string) {
    return jest.fn(() => Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) }));
  }

  test("a 2xx answer is the text; HTTP errors, oversized files and silence are failures", async () => {
    const { fetchPolicyText, MAX_POLICY_BYTES } = await import("../../src/office/policy-fetch");
    (global as any).fetch = respond(200, GOOD);
    await expect(fetchPolicyText(`${BASE}policy.json`, 500)).resolves.toBe(GOOD);
    (global as any).fetch = respond(404, "not found");
    await expect(fetchPolicyText(`${BASE}policy.json`, 500)).rejects.toThrow(/404/);
    (global as any).fetch = respond(200, " ".repeat(MAX_POLICY_BYTES + 1));
    await expect(fetchPolicyText(`${BASE}policy.json`, 500)).rejects.toThrow(/too large/);
    (global as any).fetch = jest.fn(() => new Promise(() => undefined));
    const hung = fetchPolicyText(`${BASE}policy.json`, 500);
    const check = expect(hung).rejects.toThrow(/timeout/);
    await jest.advanceTimersByTimeAsync(600);
    await check;
    (global as any).fetch = undefined;
    await expect(fetchPolicyText(`${BASE}policy.json`, 500)).rejects.toThrow(/no fetch/);
  });
});
