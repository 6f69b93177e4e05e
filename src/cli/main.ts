// `secure-post-guard scan [--policy FILE] [--json] FILE...` — the add-in's core on files.
// Exit 0: no file needs secure post; 1: at least one does; 2: bad input (one line on stderr).
// `secure-post-guard policy check FILE` — the policy as the add-in would load it: the effective
// policy (merged on the strict default) as JSON on stdout, exit 0; or every problem with its JSON
// path on stderr, exit 2.
// Output holds masked values only (DDMMYY-XXXX): the full number never leaves the core.

import { readFileSync } from "fs";
import { basename, extname } from "path";
import { decideSend } from "../core/decision";
import { createBudgetCounter, DEFAULT_BUDGET, ExtractBudget, extractAttachment } from "../core/extract";
import { summariseFindings } from "../core/i18n";
import { parseEml } from "../core/mime";
import { DEFAULT_POLICY, Policy } from "../core/policy";
import { scanMessage } from "../core/scan";
import { bytesToText } from "../core/text/decode";
import { MessageInput, ScanResult } from "../core/types";
import { nodeExtractors } from "./extractors";
import { cliBaseUrl, loadPolicyFile, PolicyError } from "./policy-file";

export interface ReportedFinding {
  type: string;
  location: string;
  confidence: number;
  masked: string;
  /** With --explain: the part of a document (`header`, `sheet Ark1`, `page 2`). */
  part?: string;
  /** With --explain: `…personnummer 010185-XXXX er…` (never for special categories). */
  context?: string;
}

export interface FileReport {
  file: string;
  requiresSecure: boolean;
  findings: ReportedFinding[];
  unreadable: { location: string; reason: string }[];
}

/** The CLI is not in Outlook's send path: it may take longer and read more than Send does. */
export const CLI_BUDGET: ExtractBudget = { ...DEFAULT_BUDGET, maxMs: 30000, maxBytesPerAttachment: 25 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024 };

class UsageError extends Error {}

const USAGE =
  "usage: secure-post-guard scan [--policy FILE] [--json] [--explain] FILE... | secure-post-guard policy check [--base-url URL] FILE";

/** Every attachment of one file through the full set of extractors, under one budget. */
function attachmentReader(): (name: string, contentType: string, bytes: Uint8Array) => Promise<import("../core/types").AttachmentInput> {
  const counter = createBudgetCounter(CLI_BUDGET);
  const extractors = nodeExtractors();
  return (name, contentType, bytes) => extractAttachment(name, contentType, bytes, { budget: CLI_BUDGET, counter, extractors });
}

export function readMessageFile(file: string): Promise<MessageInput> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return Promise.reject(new UsageError(`${file}: cannot be read`));
  }
  const ext = extname(file).toLowerCase();
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ext === ".eml") return parseEml(u8, 0, attachmentReader()).catch(() => Promise.reject(new UsageError(`${file}: not a readable MIME message`)));
  if (ext === ".msg") {
    // Through the dispatcher, so the .msg's own attachments count against depth and budget.
    return attachmentReader()(basename(file), "application/vnd.ms-outlook", u8).then((a) =>
      a.parts && a.parts.length === 1 ? a.parts[0] : Promise.reject(new UsageError(`${file}: not a readable Outlook message`)),
    );
  }
  if (ext === ".txt") return Promise.resolve({ subject: "", body: bytesToText(u8), bodyIsHtml: false, attachments: [] });
  if (ext === ".html" || ext === ".htm") return Promise.resolve({ subject: "", body: bytesToText(u8), bodyIsHtml: true, attachments: [] });
  return Promise.reject(new UsageError(`${file}: unsupported file type '${ext || "(none)"}' (use .eml, .msg, .txt or .html)`));
}

/** The report for one file. requiresSecure is what Send would do to this message unmarked. */
export function reportFor(file: string, scan: ScanResult, policy: Policy, explain = false): FileReport {
  const verdict = decideSend({ scan, state: { kind: "not-armed" }, faults: [], policy });
  return {
    file,
    requiresSecure: verdict.action !== "allow",
    findings: scan.findings.map((f) => {
      const r: ReportedFinding = { type: f.type, location: f.location, confidence: Math.round(f.confidence * 100) / 100, masked: f.masked };
      if (explain && f.part) r.part = f.part;
      if (explain && f.context) r.context = f.context;
      return r;
    }),
    unreadable: scan.unreadable.map((u) => ({ location: u.location, reason: u.reason })),
  };
}

export async function scanFiles(files: string[], policy: Policy, now: Date, explain = false): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const message = await readMessageFile(file);
    reports.push(reportFor(file, scanMessage(message, policy, now), policy, explain));
  }
  return reports;
}

function human(r: FileReport, policy: Policy): string {
  const scan: ScanResult = {
    findings: r.findings.map((f) => ({ ...f, start: 0, end: 0, reasons: [] })),
    weakFindings: [],
    unreadable: r.unreadable,
    requiresSecure: r.requiresSecure,
  };
  const head = r.requiresSecure
    ? `${r.file}: SECURE POST REQUIRED (signed + encrypted) [policy ${policy.version}]`
    : `${r.file}: no personal data that needs secure post`;
  const lines = summariseFindings(scan, "en").map((l) => `  - ${l}`);
  // Per finding: where exactly, and the masked words around it.
  for (const f of r.findings) {
    if (!f.context && !f.part) continue;
    lines.push(`      ${f.masked} in ${f.location}${f.part ? ` (${f.part})` : ""}${f.context ? `: ${f.context}` : ""}`);
  }
  return [head].concat(lines).join("\n");
}

/** The JSON contract without --explain: exactly type, location, confidence, masked. */
function withoutExplanations(r: FileReport): FileReport {
  return { ...r, findings: r.findings.map((f) => ({ type: f.type, location: f.location, confidence: f.confidence, masked: f.masked })) };
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/** `policy check [--base-url URL] FILE`: every problem on stderr (exit 2), or the effective policy (exit 0). */
function policyCheck(rest: string[], io: Io): number {
  const [sub, ...args] = rest;
  if (sub !== "check") throw new UsageError(USAGE);
  let baseUrl: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--base-url") {
      baseUrl = args[++i];
      if (!baseUrl) throw new UsageError("--base-url needs a URL");
    } else if (args[i].startsWith("--")) throw new UsageError(`unknown option ${args[i]}; ${USAGE}`);
    else files.push(args[i]);
  }
  if (files.length !== 1) throw new UsageError(USAGE);
  try {
    io.out(JSON.stringify(loadPolicyFile(files[0], cliBaseUrl(baseUrl)), null, 2));
    return 0;
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    for (const p of e.problems) io.err(`${e.file}: ${p.path || "/"}: ${p.message}`);
    io.err(`secure-post-guard: ${e.file}: invalid policy (${e.problems.length} problem${e.problems.length === 1 ? "" : "s"})`);
    return 2;
  }
}

export async function main(argv: string[], io: Io, now = new Date()): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "policy") return policyCheck(rest, io);
    if (command !== "scan") throw new UsageError(USAGE);
    let policy = DEFAULT_POLICY;
    let json = false;
    let explain = false;
    const files: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === "--json") json = true;
      else if (a === "--explain") explain = true;
      else if (a === "--policy") {
        const f = rest[++i];
        if (!f) throw new UsageError("--policy needs a FILE");
        policy = loadPolicyFile(f);
      } else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}; ${USAGE}`);
      else files.push(a);
    }
    if (files.length === 0) throw new UsageError(USAGE);
    const reports = await scanFiles(files, policy, now, explain || !json);
    if (json) io.out(JSON.stringify(explain ? reports : reports.map(withoutExplanations), null, 2));
    else for (const r of reports) io.out(human(r, policy));
    return reports.some((r) => r.requiresSecure) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof PolicyError) {
      io.err(`secure-post-guard: ${e.message.split("\n")[0]}`);
      return 2;
    }
    // An unexpected error says nothing about the content (it could hold a fragment of it).
    io.err("secure-post-guard: internal error while scanning");
    return 2;
  }
}
