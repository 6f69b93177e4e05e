// The add-in talks to no host but its own origin (and loads Office.js from Microsoft's CDN):
// - every page carries a Content-Security-Policy that allows scripts and connections from those
//   two only, before any script, with no eval and no inline script;
// - every URL written in the built bundles is the add-in's own origin, the Office.js CDN, or an
//   identifier that is never fetched (XML namespaces, schema ids, a licence link, the URL-parser
//   probes in pdf.js) — listed here one by one, so a new host in a dependency fails this test.
// Reads dist/ as `npm test` builds it (development host https://localhost:3000/).

import * as fs from "fs";
import * as path from "path";

const DIST = path.join(__dirname, "../../dist");
const OWN = "https://localhost:3000/";
const CDN = "https://appsforoffice.microsoft.com";

const PAGES = ["taskpane.html", "commands.html", "support.html", "playground.html", "playground-taskpane.html"];
/** Pages that run inside Outlook: Office.js from the CDN is allowed there, nowhere else. */
const OFFICE_PAGES = ["taskpane.html", "commands.html"];
const BUNDLES = ["launchevent.js", "taskpane.js", "pdfjs.js", "playground.js", "playground-office.js"];

/** URL literals that are names, not addresses: nothing ever requests them. */
const NEVER_FETCHED: { pattern: RegExp; why: string }[] = [
  { pattern: /^https?:\/\/$/, why: "a scheme prefix in code that checks URLs" },
  { pattern: /^http:\/\/json-schema\.org\/draft-07\/schema#$/, why: "the policy schema's $schema id" },
  { pattern: /^https:\/\/secure-post-guard\/policy\.schema\.json$/, why: "the policy schema's $id (no such host)" },
  { pattern: /^http:\/\/schemas\.openxmlformats\.org\//, why: "OOXML namespaces (the playground's sample Word file)" },
  { pattern: /^http:\/\/www\.w3\.org\//, why: "XML/SVG/XHTML namespaces in pdf.js" },
  { pattern: /^http:\/\/www\.xfa\.org\/schema\//, why: "XFA form namespaces in pdf.js" },
  { pattern: /^http:\/\/ns\.adobe\.com\//, why: "Adobe XMP/XDP namespaces in pdf.js" },
  { pattern: /^https:\/\/github\.com\/zloirock\/core-js/, why: "core-js licence notice in pdf.js" },
  { pattern: /^(https?:\/\/(a|x|foo\.bar|example\.com|a@b|\$)([\/?#].*)?)$/, why: "pdf.js's probes of the URL parser (never requested)" },
];

function read(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

function urlsIn(text: string): string[] {
  const found = text.match(/https?:\/\/[A-Za-z0-9._~:/?#@!$&*+=%-]*/g) || [];
  return Array.from(new Set(found.map((u) => u.replace(/[.,;:]+$/, ""))));
}

function cspOf(html: string): { [directive: string]: string[] } | null {
  const m = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i);
  if (!m) return null;
  const out: { [directive: string]: string[] } = {};
  for (const part of m[1].split(";")) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    if (words.length) out[words[0]] = words.slice(1);
  }
  return out;
}

describe.each(PAGES)("%s", (page) => {
  const html = read(page);
  const csp = cspOf(html);
  const allowedHosts = OFFICE_PAGES.indexOf(page) >= 0 ? ["'self'", CDN] : ["'self'"];

  test("has a Content-Security-Policy before any script", () => {
    expect(csp).not.toBeNull();
    const meta = html.search(/Content-Security-Policy/i);
    const script = html.search(/<script/i);
    if (script >= 0) expect(meta).toBeLessThan(script);
  });

  test("scripts and connections only from the own origin (and the Office.js CDN inside Outlook)", () => {
    const c = csp!;
    expect(["'self'", "'none'"]).toContain((c["default-src"] || [])[0]);
    for (const directive of ["script-src", "connect-src"]) {
      // Absent means default-src, which is 'self' or 'none'.
      for (const source of c[directive] || []) expect(allowedHosts).toContain(source);
    }
    expect((c["script-src"] || []).join(" ")).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(c["object-src"] || c["default-src"]).toEqual(expect.arrayContaining([expect.stringMatching(/'none'|'self'/)]));
  });

  test("no inline script and no script from elsewhere", () => {
    for (const tag of html.match(/<script\b[^>]*>/gi) || []) {
      const src = tag.match(/\bsrc="?([^"\s>]+)/i);
      expect(src).not.toBeNull();
      const url = src![1];
      if (/^https?:/.test(url)) expect(allowedHosts.some((h) => h !== "'self'" && url.indexOf(h + "/") === 0)).toBe(true);
    }
  });
});

describe.each(BUNDLES.concat(PAGES))("URLs in %s", (file) => {
  test("only the own origin, the Office.js CDN, or a listed identifier that is never fetched", () => {
    const unknown = urlsIn(read(file)).filter(
      (u) => u.indexOf(OWN) !== 0 && u.indexOf(CDN + "/") !== 0 && u !== CDN && !NEVER_FETCHED.some((n) => n.pattern.test(u)),
    );
    expect(unknown).toEqual([]);
  });
});

test("the check finds a foreign host", () => {
  const u = urlsIn('fetch("https://collector.example.net/t?id=1")');
  expect(u).toEqual(["https://collector.example.net/t?id=1"]);
  expect(NEVER_FETCHED.some((n) => n.pattern.test(u[0]))).toBe(false);
});
