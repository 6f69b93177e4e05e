// `npm run bench`: what detection costs. Throughput of the core (normalise + every detector +
// policy) on plain text, HTML and a docx, next to a naive baseline (one regex per pattern over
// the raw text, no normalisation, no checks, no context); cost from 10 KB to 10 MB with the
// log-log slope (1.0 = linear); adversarial inputs; memory. Prints tables, asserts nothing:
// the thresholds are checked by reading these numbers (README), not by timed unit tests.

import { extractAttachment, DEFAULT_BUDGET } from "../../src/core/extract";
import { SENSITIVE_TERMS } from "../../src/core/detectors/sensitive-lexicon";
import { DETECTORS } from "../../src/core/detectors";
import { DEFAULT_POLICY } from "../../src/core/policy";
import { normaliseText } from "../../src/core/text/normalise";
import { scanAttachmentTree, scanMessage } from "../../src/core/scan";
import { makeDocx } from "../support/make-attachments";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const NOW = new Date("2026-11-28T12:00:00Z");
const MB = 1024 * 1024;

// Ordinary municipal prose with the things detectors look at: numbers, keywords, names.
const PARAGRAPHS = [
  "Kære borger. Vi har modtaget din ansøgning om boligstøtte den 12. marts, og sagen behandles nu af Borgerservice.",
  "Ring på tlf. 33 66 33 66 mellem kl. 9 og 15, hvis du har spørgsmål. Fakturanr. 150323-0042, kundenr. 448812.",
  "Mødet om skolens trivselsplan holdes torsdag i lokale 2.14. Dagsordenen er vedhæftet, og alle forældre er velkomne.",
  "Betaling sker til reg.nr. 1234 kontonr. 0001234567 senest 30 dage fra fakturadato. CVR 12345678, EAN 5790000123456.",
  "Jobcentret indkalder til samtale om dit ressourceforløb. Medbring gerne relevante papirer fra din læge.",
  `Vedr. borgeren med personnummer ${formatCpr(syntheticCpr({ year: 1984, month: 5, day: 17, mod11: true, seed: 9 }), "hyphen")}: se journalnotatet.`,
];

function plainText(bytes: number): string {
  let s = "";
  let i = 0;
  // A running note number keeps the text from compressing like a zip bomb inside a docx.
  while (s.length < bytes) s += PARAGRAPHS[i % PARAGRAPHS.length] + ` (notat ${i++})\n`;
  return s.slice(0, bytes);
}

function html(bytes: number): string {
  let s = "<html><body>";
  let i = 0;
  while (s.length < bytes) {
    const p = PARAGRAPHS[i++ % PARAGRAPHS.length].replace(/(\d{3})(\d)/, '$1<span style="x">$2</span>');
    s += `<p class="MsoNormal"><span lang="DA">${p}</span></p>\n`;
  }
  return s.slice(0, bytes);
}

function scanBody(body: string, isHtml: boolean): number {
  const r = scanMessage({ subject: "", body, bodyIsHtml: isHtml, attachments: [] }, DEFAULT_POLICY, NOW);
  return r.findings.length + r.weakFindings.length;
}

// The naive baseline: what a quick add-in would do. One global regex per pattern, raw text.
const NAIVE: RegExp[] = [
  /\b\d{6}-?\d{4}\b/g, // CPR
  /\b\d{6}[-+]\d{4}\b/g, // Swedish personnummer
  /\b\d{11}\b/g, // Norwegian fødselsnummer
  /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/g, // Finnish HETU
  /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g, // IBAN
  /\b(?:\d[ -]?){12,18}\d\b/g, // payment card
  /\b\d{4}[ -]?\d{6,10}\b/g, // bank account
  new RegExp("\\b(?:" + SENSITIVE_TERMS.map((t) => t.stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")", "gi"),
];

function naive(text: string): number {
  let n = 0;
  for (const re of NAIVE) {
    re.lastIndex = 0;
    while (re.exec(text)) n++;
  }
  return n;
}

/** Best of `runs` after a warm-up, in milliseconds. */
function time(fn: () => unknown, runs = 5): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
const f1 = (x: number) => x.toFixed(1);
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The corpus's own mail bodies (realistic municipal prose, about one identifier per mail) to 10 MB. */
async function corpusText(bytes: number): Promise<string> {
  const { readdirSync, readFileSync } = await import("fs");
  const { join } = await import("path");
  const { parseEml } = await import("../../src/core/mime");
  const { normaliseHtml } = await import("../../src/core/text/normalise");
  const dir = join(__dirname, "../../../../test/corpus/mail");
  const bodies: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const m = await parseEml(new Uint8Array(readFileSync(join(dir, f))));
    bodies.push(m.subject + "\n" + (m.bodyIsHtml ? normaliseHtml(m.body).text : m.body));
  }
  let s = "";
  for (let i = 0; s.length < bytes; i++) s += bodies[i % bodies.length] + "\n\n";
  return s.slice(0, bytes);
}

async function docxCost(textBytes: number): Promise<{ bytes: number; ms: number; naiveMs: number }> {
  const body = plainText(textBytes);
  const docx = makeDocx({ body, header: "Jobcenter – fortroligt", comments: ["Tjek CPR"] });
  const run = async () => {
    const a = await extractAttachment("notat.docx", "", docx, { budget: { ...DEFAULT_BUDGET, maxMs: 60000, maxBytesPerAttachment: 50 * MB, maxTotalBytes: 100 * MB, maxRatio: 1000 } });
    const scan = scanAttachmentTree(a, NOW);
    if (scan.unreadable.length) throw new Error("bench docx unreadable: " + scan.unreadable[0].reason);
    return scan.findings.length;
  };
  await run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    await run();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  // Naive: scan the docx's XML as if it were text (what a regex over the raw file would see).
  const { unzipSync, strFromU8 } = await import("fflate");
  const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
  // MB/s of the text inside: the docx itself is a few per cent of that, compressed.
  return { bytes: textBytes, ms: best, naiveMs: time(() => naive(xml), 3) };
}

async function main(): Promise<void> {
  const size = 10 * MB;
  const text = plainText(size);
  const page = html(size);
  console.log(`Secure Post Guard benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);

  console.log("Throughput: the core (normalise + all detectors + policy) vs a naive baseline (one regex per pattern, raw text)");
  console.log(`${"input".padEnd(26)}${pad("size", 9)}${pad("core ms", 10)}${pad("core MB/s", 11)}${pad("naive ms", 10)}${pad("naive MB/s", 12)}`);
  const row = (label: string, bytes: number, core: number, nv: number) =>
    console.log(`${label.padEnd(26)}${pad(f1(bytes / MB) + " MB", 9)}${pad(f1(core), 10)}${pad(f1(mbps(bytes, core)), 11)}${pad(f1(nv), 10)}${pad(f1(mbps(bytes, nv)), 12)}`);
  const mails = await corpusText(size);
  row("plain text: corpus mails", size, time(() => scanBody(mails, false)), time(() => naive(mails)));
  row("plain text: dense (1 ID/110 B)", size, time(() => scanBody(text, false)), time(() => naive(text)));
  row("HTML (Outlook-style)", size, time(() => scanBody(page, true)), time(() => naive(page)));
  const d = await docxCost(4 * MB);
  row("docx (unzip+XML+scan)", d.bytes, d.ms, d.naiveMs);
  console.log("(docx: MB of text inside the document; naive = the regexes over its raw XML)");

  console.log("\nPer detector on the corpus-mail text (after normalisation)");
  const norm = normaliseText(mails);
  const input = { location: "body", text: norm.text, get lower() { return norm.text.toLowerCase(); } };
  console.log(`${"detector".padEnd(26)}${pad("ms", 8)}${pad("MB/s", 8)}${pad("findings", 10)}`);
  console.log(`${"normaliseText".padEnd(26)}${pad(f1(time(() => normaliseText(text))), 8)}${pad(f1(mbps(size, time(() => normaliseText(text)))), 8)}${pad("", 10)}`);
  for (const d of DETECTORS) {
    const ms = time(() => d.detect(input, { now: NOW }), 3);
    console.log(`${d.types[0].replace(/^sensitive:.*/, "sensitive (all categories)").padEnd(26)}${pad(f1(ms), 8)}${pad(f1(mbps(size, ms)), 8)}${pad(d.detect(input, { now: NOW }).length, 10)}`);
  }

  console.log("\nScaling (should be linear: slope of log(time) over log(size) near 1.0)");
  console.log(`${"size".padEnd(10)}${pad("plain ms", 10)}${pad("MB/s", 8)}${pad("html ms", 10)}${pad("MB/s", 8)}`);
  const sizes = [10 * 1024, 100 * 1024, MB, 10 * MB];
  const pts: { n: number; p: number; h: number }[] = [];
  for (const n of sizes) {
    const t = plainText(n);
    const h = html(n);
    const p = time(() => scanBody(t, false), n < MB ? 20 : 5);
    const hh = time(() => scanBody(h, true), n < MB ? 20 : 5);
    pts.push({ n, p, h: hh });
    console.log(`${((n >= MB ? n / MB + " MB" : n / 1024 + " KB")).padEnd(10)}${pad(f1(p), 10)}${pad(f1(mbps(n, p)), 8)}${pad(f1(hh), 10)}${pad(f1(mbps(n, hh)), 8)}`);
  }
  const slope = (k: "p" | "h") => {
    const a = pts[1];
    const b = pts[pts.length - 1];
    return Math.log(b[k] / a[k]) / Math.log(b.n / a.n);
  };
  console.log(`slope 100 KB → 10 MB: plain ${slope("p").toFixed(2)}, html ${slope("h").toFixed(2)}`);

  console.log("\nAdversarial 1 MB inputs (worst cases for the patterns)");
  const adversarial: [string, string][] = [
    ["digits only", "7".repeat(MB)],
    ["digit groups 6+4", "123456-7890 ".repeat(MB / 12)],
    ["dashes and digits", "1-2-3-4-5-6-7-8-9-0-".repeat(MB / 20)],
    ["keyword storm", "cpr cpr-nr personnummer faktura tlf ".repeat(MB / 36)],
    ["sensitive-term storm", "misbrug diagnose anbragt dom borgeren hun ".repeat(MB / 42)],
    ["unclosed tags", "<span <b <i 010".repeat(MB / 16)],
    ["entities", "&#48;&#49;&nbsp;&shy;".repeat(MB / 22)],
  ];
  console.log(`${"input".padEnd(22)}${pad("ms", 8)}${pad("MB/s", 8)}`);
  for (const [label, s] of adversarial) {
    const isHtml = label === "unclosed tags" || label === "entities";
    const ms = time(() => scanBody(s, isHtml), 3);
    console.log(`${label.padEnd(22)}${pad(f1(ms), 8)}${pad(f1(mbps(s.length, ms)), 8)}`);
  }

  const gc = (global as { gc?: () => void }).gc;
  if (gc) gc();
  const before = process.memoryUsage();
  scanBody(page, true);
  const after = process.memoryUsage();
  console.log(`\nMemory for one 10 MB HTML scan: heap +${f1((after.heapUsed - before.heapUsed) / MB)} MB, rss ${f1(after.rss / MB)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
