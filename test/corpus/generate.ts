// Generates the labelled mail corpus: test/corpus/mail/*.eml, test/corpus/labels.json and
// test/corpus/README.md. Deterministic: fixed dates, fixed boundaries, seeds derived from each
// mail's name, no clock and no Math.random, so a second run gives the same bytes.
//
// Run from the repository root (ts-node is not installed; the compiled support module finds
// fflate and msgreader through the working directory's node_modules):
//
//   npx tsc --ignoreConfig --rootDir . --module commonjs --target es2022 --esModuleInterop \
//     --skipLibCheck --outDir /tmp/corpusgen test/corpus/generate.ts \
//     && node /tmp/corpusgen/test/corpus/generate.js [OUTPUT_DIR]
//
// OUTPUT_DIR defaults to test/corpus (a test may pass a temporary directory and compare).
// `--rootDir .` keeps the output at /tmp/corpusgen/test/corpus/generate.js; without it tsc
// (6.x) roots the output at the common source directory (test/) and the path loses `test/`.
//
// Every identifier in the corpus comes from test/support/synthetic-cpr.ts and
// test/support/synthetic-ids.ts; none is typed by hand and none belongs to a real person.

/// <reference types="node" />

import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { actionFor, DEFAULT_POLICY } from "../../src/core/policy";
import { buildMail } from "./gen/build";
import { DEPTS, Dept, Kind, MailSpec } from "./gen/common";
import { positivesA } from "./gen/positives-a";
import { positivesB } from "./gen/positives-b";
import { trapsAll, unreadableAll } from "./gen/traps";

export interface Label {
  requiresSecure: boolean;
  types: string[];
  trap: boolean;
  unreadable: boolean;
  department: Dept;
  features: string[];
}

export interface Labels {
  version: 1;
  files: { [name: string]: Label };
}

export interface Corpus {
  mails: { name: string; bytes: Uint8Array }[];
  labels: Labels;
  readme: string;
}

/** Every finding type a label may name (the default policy's types and the special categories). */
export const KNOWN_TYPES: string[] = [
  "dk-cpr", "dk-cpr-substitute", "se-personnummer", "se-samordningsnummer", "no-fodselsnummer", "no-d-number",
  "fi-hetu", "dk-passport", "dk-driving-licence", "payment-card", "iban", "dk-bank-account",
  "sensitive:health", "sensitive:ethnic-origin", "sensitive:religion", "sensitive:political-opinion",
  "sensitive:trade-union", "sensitive:sexual-orientation", "sensitive:genetic", "sensitive:biometric",
  "sensitive:criminal", "sensitive:social", "sensitive:child-protection", "sensitive:family", "sensitive:suicide",
];

const KIND_ORDER: Kind[] = ["pos", "trap", "unr"];

/** requiresSecure under the built-in strict policy: a require-secure type, or an unreadable attachment. */
export function requiresSecureFor(types: string[], unreadable: boolean): boolean {
  if (unreadable && DEFAULT_POLICY.unreadableAttachments === "require-secure") return true;
  return types.some((t) => actionFor(DEFAULT_POLICY, t) === "require-secure");
}

function uniqSorted(list: string[]): string[] {
  return Array.from(new Set(list)).sort();
}

export function buildCorpus(): Corpus {
  const specs: MailSpec[] = [...positivesA(), ...positivesB(), ...trapsAll(), ...unreadableAll()];
  const seen = new Set<string>();
  for (const m of specs) {
    if (seen.has(m.slug)) throw new Error("duplicate slug " + m.slug);
    seen.add(m.slug);
    for (const t of m.types) if (KNOWN_TYPES.indexOf(t) < 0) throw new Error(m.slug + ": unknown type " + t);
    if (m.kind === "trap" && requiresSecureFor(m.types, !!m.unreadable)) throw new Error(m.slug + ": a trap that requires secure post");
    if (m.kind === "pos" && !requiresSecureFor(m.types, false)) throw new Error(m.slug + ": a positive without a require-secure type");
  }
  // File names: <kind>-<department>-<nn>-<slug>.eml, numbered per kind and department.
  const ordered = specs.slice().sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || DEPTS.indexOf(a.dept) - DEPTS.indexOf(b.dept));
  const counters: { [k: string]: number } = {};
  const mails: { name: string; bytes: Uint8Array }[] = [];
  const files: { [name: string]: Label } = {};
  for (const m of ordered) {
    const key = m.kind + "-" + m.dept;
    counters[key] = (counters[key] || 0) + 1;
    const name = key + "-" + (counters[key] < 10 ? "0" : "") + counters[key] + "-" + m.slug + ".eml";
    const built = buildMail(m);
    mails.push({ name, bytes: built.bytes });
    const unreadable = !!m.unreadable;
    files[name] = {
      requiresSecure: requiresSecureFor(m.types, unreadable),
      types: uniqSorted(m.types),
      trap: m.kind === "trap",
      unreadable,
      department: m.dept,
      features: uniqSorted([...m.features, ...built.features]),
    };
  }
  const sortedFiles: { [name: string]: Label } = {};
  for (const n of Object.keys(files).sort()) sortedFiles[n] = files[n];
  const labels: Labels = { version: 1, files: sortedFiles };
  return { mails: mails.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), labels, readme: readme(labels) };
}

export function labelsJson(labels: Labels): string {
  return JSON.stringify(labels, null, 2) + "\n";
}

/** Writes mail/*.eml (removing .eml files no longer generated), labels.json and README.md. */
export function writeCorpus(dir: string): Corpus {
  const corpus = buildCorpus();
  const mailDir = join(dir, "mail");
  mkdirSync(mailDir, { recursive: true });
  const keep = new Set(corpus.mails.map((m) => m.name));
  for (const f of existsSync(mailDir) ? readdirSync(mailDir) : []) if (f.endsWith(".eml") && !keep.has(f)) unlinkSync(join(mailDir, f));
  for (const m of corpus.mails) writeFileSync(join(mailDir, m.name), m.bytes);
  writeFileSync(join(dir, "labels.json"), labelsJson(corpus.labels));
  writeFileSync(join(dir, "README.md"), corpus.readme);
  return corpus;
}

// ---------------------------------------------------------------------------------------------
// README

const FEATURE_TEXT: { [f: string]: string } = {
  "split-html": "CPR number split across HTML tags/spans",
  "html-entities": "digits written as HTML numeric entities (&#48; / &#x33;)",
  nbsp: "no-break space (U+00A0) as separator",
  "soft-hyphen": "soft hyphens (U+00AD / &shy;) inside the number",
  "nb-hyphen": "non-breaking hyphen U+2011 as separator",
  "en-dash": "en dash U+2013 as separator",
  "zero-width": "zero-width characters (U+200B/C/D) between digits",
  "fullwidth-digits": "full-width digits (U+FF10-FF19)",
  "html-table": "numbers in an HTML table",
  "id-in-subject": "identifier in the Subject header",
  "subject-rfc2047": "Subject in RFC 2047 encoded words (Q or B)",
  "forward-quoted": "forwarded/replied text quoted in the body",
  "forward-rfc822": "forwarded message attached as message/rfc822",
  "nested-eml": ".eml attached inside an attached .eml",
  "att-txt": "attachment: .txt", "att-csv": "attachment: .csv", "csv-cp1252": "CSV in Windows-1252",
  "att-html": "attachment: .html", "att-docx": "attachment: .docx", "docx-split-runs": "docx text split across runs",
  "docx-header": "docx page header", "docx-comments": "docx comments", "att-xlsx": "attachment: .xlsx",
  "xlsx-shared-strings": "xlsx shared strings", "att-pptx": "attachment: .pptx", "pptx-notes": "pptx speaker notes",
  "att-odt": "attachment: .odt", "att-ods": "attachment: .ods", "att-rtf": "attachment: .rtf",
  "att-pdf": "attachment: .pdf", "pdf-text-layer": "PDF with a text layer", "att-msg": "attachment: Outlook .msg",
  "att-zip": "attachment: .zip", "zip-docx": "docx inside a zip", "att-eml": "attachment: .eml file",
  "att-image": "attachment: image", "inline-logo": "inline signature logo (multipart/related, Content-ID)",
  "unreadable-image": "unreadable: photo", "unreadable-pdf-scanned": "unreadable: scanned PDF without text layer",
  "unreadable-pdf-encrypted": "unreadable: password-protected PDF", "unreadable-zip-encrypted": "unreadable: encrypted zip",
  "cpr-no-mod11": "CPR number without modulus 11 (issued since 2007)", "cpr-substitute": "substitute number (day + 60)",
  "cpr-compact": "CPR as ten digits", "cpr-space": "CPR as DDMMYY SSSS",
  "body-plain": "text/plain body", "body-html": "text/html body", "body-alternative": "multipart/alternative body",
  "cte-qp": "quoted-printable", "cte-base64": "base64 body", "cte-8bit": "8bit body",
};

function table(head: string[], rows: (string | number)[][]): string {
  const lines = ["| " + head.join(" | ") + " |", "|" + head.map((h, i) => (i === 0 ? "---" : "---:")).join("|") + "|"];
  for (const r of rows) lines.push("| " + r.join(" | ") + " |");
  return lines.join("\n");
}

function readme(labels: Labels): string {
  const names = Object.keys(labels.files);
  const L = (n: string) => labels.files[n];
  const pos = names.filter((n) => !L(n).trap && !L(n).unreadable);
  const traps = names.filter((n) => L(n).trap);
  const unr = names.filter((n) => L(n).unreadable);

  const typeRows = KNOWN_TYPES.map((t) => {
    const p = pos.filter((n) => L(n).types.indexOf(t) >= 0).length;
    const tr = traps.filter((n) => L(n).types.indexOf(t) >= 0).length;
    return [t, actionFor(DEFAULT_POLICY, t), p, tr];
  });
  const features = uniqSorted(names.flatMap((n) => L(n).features));
  const featRows = features.map((f) => [
    "`" + f + "`" + (FEATURE_TEXT[f] ? " – " + FEATURE_TEXT[f] : ""),
    pos.filter((n) => L(n).features.indexOf(f) >= 0).length,
    traps.filter((n) => L(n).features.indexOf(f) >= 0).length,
    unr.filter((n) => L(n).features.indexOf(f) >= 0).length,
  ]);
  const deptRows: (string | number)[][] = DEPTS.map((d) => [
    d,
    pos.filter((n) => L(n).department === d).length,
    traps.filter((n) => L(n).department === d).length,
    unr.filter((n) => L(n).department === d).length,
    names.filter((n) => L(n).department === d).length,
  ]);
  deptRows.push(["**total**", pos.length, traps.length, unr.length, names.length]);

  return `# Labelled mail corpus

Realistic Danish municipal e-mails (fictitious Holmstrup Kommune and its partners) for measuring
the detectors and the secure-post decision: ${names.length} mails, ${pos.length} positives, ${traps.length} traps/negatives
and ${unr.length} mails whose only reason to need secure post is an attachment the add-in cannot read.

**Everything here is generated and synthetic.** Every CPR number, Nordic identity number, passport
and driving-licence number, card number, IBAN, bank account, phone number, CVR/SE/P/EAN number,
invoice and journal number comes from \`test/support/synthetic-cpr.ts\` or
\`test/support/synthetic-ids.ts\` with a seed derived from the mail's name. None is typed by hand
and none belongs to a real person (any collision is chance). Names, addresses and domains are
fictitious (\`*.example\`).

Do not edit the files by hand: this README, \`labels.json\` and \`mail/*.eml\` are written by
\`generate.ts\`.

## Generating

From the repository root:

\`\`\`sh
npx tsc --ignoreConfig --rootDir . --module commonjs --target es2022 --esModuleInterop \\
  --skipLibCheck --outDir /tmp/corpusgen test/corpus/generate.ts \\
  && node /tmp/corpusgen/test/corpus/generate.js            # or: ... generate.js /some/tmp/dir
\`\`\`

The output is byte-for-byte deterministic: fixed dates (January–October 2026, Danish time),
fixed MIME boundaries and Message-IDs, no clock, no \`Math.random\`. fflate stamps zip entries
with the current time, so the generator sets every zip entry (docx/xlsx/pptx/odt/ods/zip) to a
fixed DOS date. \`buildCorpus()\` returns the files in memory for a test that compares them with
the checked-in ones. \`npm run eval\` scans every mail through the CLI's code path and prints
precision/recall per type and the files where the detectors disagree with the labels; a single
mail: \`npm run build && node src/cli/bin.js scan --json test/corpus/mail/<file>.eml\`.

## Layout

- \`mail/<kind>-<department>-<nn>-<slug>.eml\`: kind \`pos\` (positive), \`trap\` (trap/negative) or
  \`unr\` (unreadable attachment only). RFC 822 with CRLF, UTF-8; text/plain, text/html or
  multipart/alternative bodies in quoted-printable, base64 or 8bit; RFC 2047 subjects and display
  names, RFC 2231 file names; attachments in multipart/mixed, signature logos in
  multipart/related.
- \`labels.json\`: \`{ "version": 1, "files": { "<name>.eml": { requiresSecure, types, trap,
  unreadable, department, features } } }\`.
  - \`types\`: every finding type that must be reported at least once in the file, warn-only
    types (\`iban\`, \`dk-bank-account\`) included. A substitute CPR number is \`dk-cpr-substitute\`.
  - \`requiresSecure\`: the built-in strict policy (\`DEFAULT_POLICY\`): true iff a
    require-secure type is present or an attachment is expected to be unreadable. So a trap with a
    bank account or an IBAN lists the type and is still \`false\`.
  - \`features\`: the obfuscations, attachment kinds and body structure used.
- A Swedish number whose digits also read as a valid (substitute) CPR number is labelled
  \`se-*\` only: that is what it is, even if a CPR reading is reported too. The same for a
  Finnish HETU in its all-digit form.
- Special categories are labelled only when said about a person; newsletters, statistics, job
  ads, course offers and "do not send your CPR number" texts use the same words in general and
  are traps.

## Counts per finding type (number of files that must report it)

${table(["type", "default action", "positives", "traps"], typeRows)}

## Counts per department

${table(["department", "positives", "traps", "unreadable only", "total"], deptRows)}

## Counts per feature

${table(["feature", "positives", "traps", "unreadable only"], featRows)}
`;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] || join("test", "corpus"));
  const c = writeCorpus(dir);
  process.stdout.write(`wrote ${c.mails.length} mails, labels.json and README.md to ${dir}\n`);
}
