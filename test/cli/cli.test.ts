// The CLI contract, through the built bin exactly as an admin runs it after `npm run build`:
// `secure-post-guard scan [--policy FILE] [--json] FILE...`, exit 0/1/2, masked values only.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "src/cli/bin.js");

const CPR = syntheticCpr({ year: 1972, month: 3, day: 14, mod11: true, seed: 11 });
const CPR_NO_MOD11 = syntheticCpr({ year: 1980, month: 1, day: 1, mod11: false, seed: 12 });
const SUBSTITUTE = syntheticCpr({ year: 1990, month: 5, day: 20, mod11: false, substitute: true, seed: 13 });
const ALL_FULL = [CPR, CPR_NO_MOD11, SUBSTITUTE];

let dir: string;

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function mime(parts: { subject: string; body: string; attachments?: string[]; boundary?: string }): string {
  const boundary = parts.boundary || "outer-b1";
  const lines = [
    "From: sagsbehandler@kommune.example",
    "To: borger@example.org",
    `Subject: ${parts.subject}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    parts.body,
  ];
  for (const a of parts.attachments || []) lines.push(`--${boundary}`, a);
  lines.push(`--${boundary}--`, "");
  return lines.join("\r\n");
}

function base64Attachment(name: string, type: string, content: string): string {
  return [
    `Content-Type: ${type}; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(content, "utf8").toString("base64"),
  ].join("\r\n");
}

function attachedMessage(name: string, inner: string): string {
  return [`Content-Type: message/rfc822; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, "", inner].join("\r\n");
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "spg-cli-"));
  if (!fs.existsSync(path.join(ROOT, "dist/node/cli/main.js"))) throw new Error("run `npm run build` first (npm test does)");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("--json: one object per file with exactly the contract's fields, masked values only", () => {
  const clean = write("clean.txt", "Hej, mødet er flyttet til kl. 14. Tlf. 33 66 33 66.");
  const eml = write(
    "sag.eml",
    mime({
      subject: `Sag vedr. ${formatCpr(SUBSTITUTE, "hyphen")}`,
      body: `Borgerens personnummer er ${formatCpr(CPR, "compact")}.`,
      attachments: [
        base64Attachment("liste.csv", "text/csv", `navn;cpr-nr\nA;${formatCpr(CPR_NO_MOD11, "hyphen")}\n`),
        base64Attachment("scan.pdf", "application/pdf", "%PDF-1.4 binary"),
        attachedMessage("videresendt.eml", mime({ subject: "Fwd", body: `CPR: ${formatCpr(CPR, "hyphen")}`, boundary: "inner-b2" })),
      ],
    }),
  );
  const r = run("scan", "--json", clean, eml);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  const reports = JSON.parse(r.stdout);
  expect(Array.isArray(reports)).toBe(true);
  expect(reports).toHaveLength(2);
  for (const rep of reports) expect(Object.keys(rep).sort()).toEqual(["file", "findings", "requiresSecure", "unreadable"]);

  expect(reports[0]).toEqual({ file: clean, requiresSecure: false, findings: [], unreadable: [] });

  const sag = reports[1];
  expect(sag.file).toBe(eml);
  expect(sag.requiresSecure).toBe(true);
  for (const f of sag.findings) {
    expect(Object.keys(f).sort()).toEqual(["confidence", "location", "masked", "type"]);
    expect(f.type).toMatch(/^dk-cpr/);
    expect(f.masked).toMatch(/^\d{6}-XXXX$/);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
  const where = sag.findings.map((f: any) => `${f.type}@${f.location}`).sort();
  expect(where).toEqual(
    ["dk-cpr-substitute@subject", "dk-cpr@body", "dk-cpr@attachment:liste.csv", "dk-cpr@attachment:videresendt.eml"].sort(),
  );
  // Not a PDF at all inside: the PDF reader says so.
  expect(sag.unreadable).toEqual([{ location: "attachment:scan.pdf", reason: "corrupt" }]);
  for (const full of ALL_FULL) {
    expect(r.stdout).not.toContain(full);
    expect(r.stdout).not.toContain(formatCpr(full, "hyphen"));
  }
});

test("exit 0 when no file needs secure post; .html bodies are read as HTML", () => {
  const html = write("nyhed.html", "<p>Influenzavaccination for alle medarbejdere på fredag.</p>");
  const r = run("scan", "--json", html);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)[0].requiresSecure).toBe(false);
});

test("a CPR number split by HTML tags in an .html file is found", () => {
  const d = formatCpr(CPR, "hyphen");
  const html = write("split.html", `<p>CPR: <span>${d.slice(0, 4)}</span><span>${d.slice(4)}</span></p>`);
  const r = run("scan", "--json", html);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout)[0].findings[0]).toMatchObject({ type: "dk-cpr", location: "body", masked: CPR.slice(0, 6) + "-XXXX" });
});

test("without --json: a readable report, still masked", () => {
  const txt = write("brev.txt", `CPR-nr. ${formatCpr(CPR, "hyphen")}`);
  const r = run("scan", txt);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("SECURE POST REQUIRED");
  expect(r.stdout).toContain(CPR.slice(0, 6) + "-XXXX");
  expect(r.stdout).not.toContain(CPR.slice(6));
});

test("--policy: an action of ignore for dk-cpr makes the same file pass", () => {
  const txt = write("brev2.txt", `CPR-nr. ${formatCpr(CPR, "hyphen")}`);
  const policy = write("lenient.json", JSON.stringify({ version: "t1", actions: { "dk-cpr": "ignore" } }));
  expect(run("scan", "--policy", policy, txt).code).toBe(0);
});

test.each([
  ["a missing file", () => ["scan", path.join(dir, "nope.eml")], /nope\.eml: cannot be read/],
  ["an unsupported file type", () => ["scan", write("x.docx", "PK")], /unsupported file type '\.docx'/],
  ["no files", () => ["scan", "--json"], /usage:/],
  ["an unknown command", () => ["frobnicate"], /usage:/],
  ["a policy that is not JSON", () => ["scan", "--policy", write("bad.json", "{"), write("a.txt", "x")], /not JSON/],
  ["a policy with an unknown key", () => ["scan", "--policy", write("bad2.json", '{"encrypt": false}'), write("b.txt", "x")], /unknown key 'encrypt'/],
  ["a policy with a wrong type", () => ["scan", "--policy", write("bad3.json", '{"minConfidence": "high"}'), write("c.txt", "x")], /\/minConfidence must be number/],
  ["a sign-only marker", () => ["scan", "--policy", write("bad4.json", '{"markers":{"header":{"name":"X-Secure-Post","value":"sign"}}}'), write("d.txt", "x")], /\/markers\/header\/value names signing without encryption/],
])("exit 2 with one line on stderr for %s", (_label, args, message) => {
  const r = run(...args());
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(message);
});

test("`npx secure-post-guard` in the clone runs the same bin (package.json bin)", () => {
  const txt = write("npx.txt", `personnummer ${formatCpr(CPR, "space")}`);
  const r = spawnSync("npx", ["--offline", "secure-post-guard", "scan", "--json", txt], { cwd: ROOT, encoding: "utf8" });
  expect(r.status).toBe(1);
  expect(JSON.parse(r.stdout)[0].findings[0].masked).toBe(CPR.slice(0, 6) + "-XXXX");
});
