// The precompiled policy validator (ajv standalone) is committed, so the add-in never compiles a
// schema at run time (no new Function under a strict CSP). These tests keep it honest: it is the
// schema's current compilation, it holds no eval, and it judges like ajv's own compile.

import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import schema from "../../src/core/policy.schema.json";
import { validatePolicy } from "../../src/core/policy-validator.generated";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generatePolicyValidator, OUT, AJV_OPTIONS } = require("../../src/cli/generate-policy-validator.js");

test("the committed validator is the schema's current compilation (run `npm run policy:validator` if not)", () => {
  expect(fs.readFileSync(OUT, "utf8")).toBe(generatePolicyValidator());
  expect(path.basename(OUT)).toBe("policy-validator.generated.ts");
});

test("the validator builds no code at run time", () => {
  const code = fs.readFileSync(OUT, "utf8");
  expect(code).not.toMatch(/new Function|\beval\(|Function\(/);
  expect(code).not.toMatch(/\brequire\(/);
});

const DOCS: unknown[] = [
  {},
  { version: "x" },
  { version: "" },
  { markers: { header: { name: "X-Secure-Post", value: "sign; encrypt" } } },
  { markers: { header: { name: "Secure-Post", value: "sign; encrypt" } } },
  { markers: {} },
  { actions: { "dk-cpr": "warn", "sensitive:*": "ignore", "*": "require-secure" } },
  { actions: { "DK-CPR": "warn" } },
  { actions: { "dk-cpr": "maybe" } },
  { watchdogMs: 499 },
  { watchdogMs: 4500 },
  { watchdogMs: 1000.5 },
  { trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr"] }] },
  { trustedRecipientDomains: [{ domain: "kk.dk", types: [] }] },
  { trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr", "dk-cpr"] }] },
  { trustedRecipientDomains: [{ domain: "kk", types: ["dk-cpr"] }] },
  { trustedRecipientDomains: [{ domain: "kk.dk", types: ["sensitive:*"] }] },
  { trustedRecipientDomains: [{ domain: "kk.dk" }] },
  { trustedRecipientDomains: [{ domain: "kk.dk", types: ["dk-cpr"], note: 1 }] },
  { noticesUrl: "" },
  { noticesUrl: "notices.json" },
  { languages: [] },
  { languages: ["da", "da"] },
  { languages: ["en", "da"] },
  { languages: ["de"] },
  { version: 5, minConfidence: 2, maxStateAgeMinutes: -1, cprMask: "X", armOnNewMessage: "yes" },
  { markers: { header: { name: "X-" + "a".repeat(70), value: "" }, subjectTag: "", sensitivityLabelId: 1 } },
  [],
  "policy",
  null,
];

test("it judges every document as ajv's own compile does, with the same paths", () => {
  const reference = new Ajv({ ...AJV_OPTIONS, code: {} }).compile(schema);
  const generated = validatePolicy as unknown as typeof reference;
  for (const doc of DOCS) {
    const want = reference(doc);
    const wantPaths = (reference.errors || []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort();
    const got = generated(doc);
    const gotPaths = (generated.errors || []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort();
    expect({ doc, valid: got, paths: got ? [] : gotPaths }).toEqual({ doc, valid: want, paths: want ? [] : wantPaths });
  }
});
