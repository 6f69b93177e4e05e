// `secure-post-guard scan [--policy FILE] [--json] FILE...` — the add-in's core on files.
// Exit 0: no file needs secure post; 1: at least one does; 2: bad input (one line on stderr).
// Output holds masked values only (DDMMYY-XXXX): the full number never leaves the core.

import { readFileSync } from "fs";
import { extname } from "path";
import { decideSend } from "../core/decision";
import { summariseFindings } from "../core/i18n";
import { parseEml } from "../core/mime";
import { DEFAULT_POLICY, Policy } from "../core/policy";
import { scanMessage } from "../core/scan";
import { bytesToText } from "../core/text/decode";
import { MessageInput, ScanResult } from "../core/types";
import { loadPolicyFile, PolicyError } from "./policy-file";

export interface FileReport {
  file: string;
  requiresSecure: boolean;
  findings: { type: string; location: string; confidence: number; masked: string }[];
  unreadable: { location: string; reason: string }[];
}

class UsageError extends Error {}

const USAGE = "usage: secure-post-guard scan [--policy FILE] [--json] FILE...";

export function readMessageFile(file: string): Promise<MessageInput> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return Promise.reject(new UsageError(`${file}: cannot be read`));
  }
  const ext = extname(file).toLowerCase();
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ext === ".eml") return parseEml(u8).catch(() => Promise.reject(new UsageError(`${file}: not a readable MIME message`)));
  if (ext === ".txt") return Promise.resolve({ subject: "", body: bytesToText(u8), bodyIsHtml: false, attachments: [] });
  if (ext === ".html" || ext === ".htm") return Promise.resolve({ subject: "", body: bytesToText(u8), bodyIsHtml: true, attachments: [] });
  return Promise.reject(new UsageError(`${file}: unsupported file type '${ext || "(none)"}' (use .eml, .txt or .html)`));
}

/** The report for one file. requiresSecure is what Send would do to this message unmarked. */
export function reportFor(file: string, scan: ScanResult, policy: Policy): FileReport {
  const verdict = decideSend({ scan, state: { kind: "not-armed" }, faults: [], policy });
  return {
    file,
    requiresSecure: verdict.action !== "allow",
    findings: scan.findings.map((f) => ({
      type: f.type,
      location: f.location,
      confidence: Math.round(f.confidence * 100) / 100,
      masked: f.masked,
    })),
    unreadable: scan.unreadable.map((u) => ({ location: u.location, reason: u.reason })),
  };
}

export async function scanFiles(files: string[], policy: Policy, now: Date): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const message = await readMessageFile(file);
    reports.push(reportFor(file, scanMessage(message, policy, now), policy));
  }
  return reports;
}

function human(r: FileReport, policy: Policy): string {
  if (!r.requiresSecure) return `${r.file}: no personal data that needs secure post`;
  const scan: ScanResult = {
    findings: r.findings.map((f) => ({ ...f, start: 0, end: 0, reasons: [] })),
    weakFindings: [],
    unreadable: r.unreadable,
    requiresSecure: true,
  };
  return `${r.file}: SECURE POST REQUIRED (signed + encrypted) [policy ${policy.version}]\n  - ${summariseFindings(scan, "en").join("\n  - ")}`;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export async function main(argv: string[], io: Io, now = new Date()): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command !== "scan") throw new UsageError(USAGE);
    let policy = DEFAULT_POLICY;
    let json = false;
    const files: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === "--json") json = true;
      else if (a === "--policy") {
        const f = rest[++i];
        if (!f) throw new UsageError("--policy needs a FILE");
        policy = loadPolicyFile(f);
      } else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}; ${USAGE}`);
      else files.push(a);
    }
    if (files.length === 0) throw new UsageError(USAGE);
    const reports = await scanFiles(files, policy, now);
    if (json) io.out(JSON.stringify(reports, null, 2));
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
