// `secure-post-guard policy check FILE`: the effective policy on stdout (exit 0), or every problem
// with its JSON path on stderr (exit 2). One test per kind of mistake an admin can make; the
// first and last also go through the built bin exactly as an admin runs it.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { DEFAULT_POLICY } from "../../src/core/policy";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "src/cli/bin.js");
const EXAMPLE = path.join(ROOT, "src/policy/policy.json");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "spg-policy-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string): string {
  const f = path.join(dir, `p${n++}.json`);
  fs.writeFileSync(f, content);
  return f;
}

async function check(content: string | object, ...extra: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const f = file(typeof content === "string" ? content : JSON.stringify(content));
  const out: string[] = [];
  const err: string[] = [];
  const saved = process.env.SPG_BASE_URL;
  delete process.env.SPG_BASE_URL;
  try {
    const code = await main(["policy", "check", ...extra, f], { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join("\n"), err };
  } finally {
    if (saved !== undefined) process.env.SPG_BASE_URL = saved;
  }
}

/** Exit 2, nothing on stdout, and a stderr line naming `path` with a message matching `message`. */
async function rejects(content: string | object, pathName: string, message: RegExp, ...extra: string[]): Promise<string[]> {
  const r = await check(content, ...extra);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  const line = r.err.find((l) => l.indexOf(`: ${pathName}: `) >= 0);
  expect({ lines: r.err, found: line !== undefined && message.test(line) }).toEqual({ lines: r.err, found: true });
  return r.err;
}

test("the example policy shipped with the add-in passes, through the bin, and prints the effective policy", () => {
  const r = spawnSync(process.execPath, [BIN, "policy", "check", EXAMPLE], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const effective = JSON.parse(r.stdout);
  expect(effective.version).toBe("example-2026-11");
  expect(effective.markers.header).toEqual({ name: "X-Secure-Post", value: "sign; encrypt" });
  expect(effective.trustedRecipientDomains).toEqual([]);
  expect(effective.noticesUrl).toBe("notices.json");
  expect(effective.languages).toEqual(["da", "en"]);
});

test("keys left out keep the strict default: the effective policy is merged on it", async () => {
  const r = await check({ version: "v7", onPersonalData: "auto", actions: { iban: "ignore" } });
  expect(r.code).toBe(0);
  const effective = JSON.parse(r.out);
  expect(effective).toEqual({
    ...DEFAULT_POLICY,
    version: "v7",
    onPersonalData: "auto",
    actions: { ...DEFAULT_POLICY.actions, iban: "ignore" },
  });
});

test("a valid policy with every new key", async () => {
  const r = await check(
    {
      version: "v8",
      trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr", "sensitive:health"] }],
      noticesUrl: "https://addins.example.dk/spg/notices.json",
      languages: ["en"],
    },
    "--base-url",
    "https://addins.example.dk/spg/",
  );
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toMatchObject({
    trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr", "sensitive:health"] }],
    noticesUrl: "https://addins.example.dk/spg/notices.json",
    languages: ["en"],
  });
});

describe("each kind of mistake is rejected with its path", () => {
  test("not JSON", () => rejects('{ "version": "x", }', "/", /not JSON/));
  test("an unknown key at the top level", () => rejects({ encrypt: false }, "/", /unknown key 'encrypt'/));
  test("an unknown key nested", () =>
    rejects({ markers: { header: { name: "X-Secure-Post", value: "sign; encrypt", mode: "x" } } }, "/markers/header", /unknown key 'mode'/));
  test("an unknown key inside a trusted domain", () =>
    rejects({ trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr"], except: [] }] }, "/trustedRecipientDomains/0", /unknown key 'except'/));
  test("a wrong type", () => rejects({ minConfidence: "high" }, "/minConfidence", /must be number/));
  test("a bad enum value", () => rejects({ onPersonalData: "ask" }, "/onPersonalData", /must be one of "confirm", "auto"/));
  test("an action that is not an action", () => rejects({ actions: { "dk-cpr": "encrypt" } }, "/actions/dk-cpr", /must be one of/));
  test("an action for something that is not a finding type name", () =>
    rejects({ actions: { "DK CPR": "warn" } }, "/actions", /key 'DK CPR' is not a finding type name/));
  test("a type named twice", () =>
    rejects({ trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr", "dk-cpr"] }] }, "/trustedRecipientDomains/0/types", /duplicate items/));
  test("a required key missing", () => rejects({ markers: { header: { name: "X-Secure-Post" } } }, "/markers/header", /required property 'value'/));
  test("the watchdog above Outlook's 5 seconds", () => rejects({ watchdogMs: 6000 }, "/watchdogMs", /must be <= 4500/));
  test("the watchdog too short to read anything", () => rejects({ watchdogMs: 100 }, "/watchdogMs", /must be >= 500/));
  test("a header value that names signing without encryption", () =>
    rejects({ markers: { header: { name: "X-Secure-Post", value: "sign-only" } } }, "/markers/header/value", /signing without encryption/));
  test("a trusted domain relaxing every type with '*'", () =>
    rejects({ trustedRecipientDomains: [{ domain: "kk.dk", types: ["*"] }] }, "/trustedRecipientDomains/0/types/0", /wildcard/));
  test("a trusted domain relaxing every special category with 'sensitive:*'", () =>
    rejects(
      { trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr", "sensitive:*"] }] },
      "/trustedRecipientDomains/0/types/1",
      /'sensitive:\*' is a wildcard; name each finding type/,
    ));
  test.each([["*.kk.dk"], ["KK.DK"], ["kk"], ["@kk.dk"], ["https://kk.dk"], ["kk..dk"], ["-kk.dk"]])("a malformed domain: %s", (domain) =>
    rejects({ trustedRecipientDomains: [{ domain, types: ["dk-cpr"] }] }, "/trustedRecipientDomains/0/domain", /not a domain name/));
  test("a trusted domain without types", () =>
    rejects({ trustedRecipientDomains: [{ domain: "kk.dk", types: [] }] }, "/trustedRecipientDomains/0/types", /fewer than 1/));
  test("a notices URL on another host", () =>
    rejects({ noticesUrl: "https://notices.example.org/n.json" }, "/noticesUrl", /own origin \(https:\/\/addins\.example\.dk\)/, "--base-url", "https://addins.example.dk/spg/"));
  test("a notices URL over http", () => rejects({ noticesUrl: "http://addins.example.dk/spg/notices.json" }, "/noticesUrl", /must be https/));
  test.each([["//evil.example/n.json"], ["/\\evil.example/n.json"], ["javascript:alert(1)"], ["https://user@addins.example.dk/n.json"]])(
    "a notices URL that leaves the origin in disguise: %s",
    (noticesUrl) => rejects({ noticesUrl }, "/noticesUrl", /relative to the add-in|own origin/, "--base-url", "https://addins.example.dk/spg/"),
  );
  test("an absolute notices URL with no add-in origin to check it against", () =>
    rejects({ noticesUrl: "https://addins.example.dk/spg/notices.json" }, "/noticesUrl", /--base-url or SPG_BASE_URL/));
  test("empty languages", () => rejects({ languages: [] }, "/languages", /fewer than 1/));
  test("an unknown language", () => rejects({ languages: ["da", "de"] }, "/languages/1", /must be one of "da", "en"/));
});

test("every problem is reported at once, each on its own line with its path", async () => {
  const err = await rejects({ bogus: 1, watchdogMs: 1e6, languages: ["xx"], trustedRecipientDomains: [{ domain: "kk.dk", types: ["*"] }] }, "/", /unknown key 'bogus'/);
  expect(err.filter((l) => /: \/(watchdogMs|languages\/0|trustedRecipientDomains\/0\/types\/0): /.test(l))).toHaveLength(3);
});

test("through the bin: an invalid policy exits 2 with its paths on stderr and nothing on stdout", () => {
  const f = file(JSON.stringify({ languages: [], watchdogMs: "4000" }));
  const r = spawnSync(process.execPath, [BIN, "policy", "check", f], { encoding: "utf8", env: { ...process.env, SPG_BASE_URL: "" } });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain(`${f}: /languages: `);
  expect(r.stderr).toContain(`${f}: /watchdogMs: must be integer`);
});

test("usage mistakes exit 2", async () => {
  const err: string[] = [];
  expect(await main(["policy", "lint", "x.json"], { out: () => undefined, err: (s) => err.push(s) })).toBe(2);
  expect(await main(["policy", "check"], { out: () => undefined, err: (s) => err.push(s) })).toBe(2);
  expect(err.join("\n")).toMatch(/policy check/);
});
