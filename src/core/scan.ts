// Runs every detector over every part of a message and applies the policy to the result.
// The handler, the taskpane and the CLI all come through here, so they see the same findings.

import { DETECTORS } from "./detectors";
import { maskedContext } from "./explain";
import { normaliseHtml, normaliseText } from "./text/normalise";
import { actionFor, Policy } from "./policy";
import {
  AttachmentInput,
  AttachmentScan,
  DetectorInput,
  Finding,
  Location,
  MessageInput,
  NormalisedText,
  ScanResult,
  UnreadablePart,
} from "./types";

import { MAX_MESSAGE_DEPTH } from "./attachments";

/**
 * The detectors' input with `lower` computed on first access. The built-in detectors fold case
 * per character where they compare words (detectors/context.ts), so none of them asks for it;
 * lower-casing a large body up front cost as much as several detectors together.
 */
function lazyLowerInput(location: Location, text: string): DetectorInput {
  let lower: string | null = null;
  return {
    location,
    text,
    get lower(): string {
      if (lower === null) lower = text.toLowerCase();
      return lower;
    },
  };
}

/** Where a finding's masked context comes from: kept under a symbol, so JSON never carries the text. */
const CONTEXT_SOURCE: unique symbol = Symbol("contextSource");

/**
 * A finding as the scanner hands it on. The masked context is built when something reads it (the
 * taskpane, the CLI, the cache), not for every finding of every scan: Send never shows it, and on
 * a large body building thousands of snippets cost more than several detectors. The accessor
 * sits on the prototype: a getter defined on each finding (Object.defineProperty) made every
 * finding a slow dictionary object, and the garbage of those was a third of a large scan.
 */
class ScannedFinding implements Finding {
  type: string;
  location: Location;
  confidence: number;
  masked: string;
  start: number;
  end: number;
  reasons: string[];
  part?: string;
  [CONTEXT_SOURCE]: { text: string; start: number; end: number; value?: string; done: boolean };

  constructor(f: Finding, text: string, map: NormalisedText["map"]) {
    this.type = f.type;
    this.location = f.location;
    this.confidence = f.confidence;
    this.masked = f.masked;
    // Offsets point into what the user wrote (the HTML source for an HTML body); the context
    // is cut from the normalised text, so it keeps the normalised ones.
    this.start = map.toSource(f.start);
    this.end = map.toSource(f.end);
    this.reasons = f.reasons;
    if (f.part !== undefined) this.part = f.part;
    // Special categories never get a text context: see explain.ts.
    const done = f.type.indexOf("sensitive:") === 0;
    this[CONTEXT_SOURCE] = { text, start: f.start, end: f.end, value: undefined, done };
  }

  get context(): string | undefined {
    const c = this[CONTEXT_SOURCE];
    if (!c.done) {
      c.value = maskedContext(c.text, { type: this.type, masked: this.masked, start: c.start, end: c.end });
      c.done = true;
      c.text = ""; // the snippet is built: the text itself is no longer needed
    }
    return c.value;
  }

  set context(value: string | undefined) {
    const c = this[CONTEXT_SOURCE];
    c.value = value;
    c.done = true;
    c.text = "";
  }
}

export function scanText(location: Location, raw: string, isHtml: boolean, now: Date): Finding[] {
  const norm: NormalisedText = isHtml ? normaliseHtml(raw) : normaliseText(raw);
  const input = lazyLowerInput(location, norm.text);
  const out: Finding[] = [];
  for (const detector of DETECTORS) {
    for (const f of detector.detect(input, { now })) out.push(new ScannedFinding(f, norm.text, norm.map));
  }
  return out;
}

function attachmentLocation(parent: Location | null, name: string): Location {
  return parent ? `${parent}/${name}` : `attachment:${name}`;
}

function scanAttachment(
  a: AttachmentInput,
  parent: Location | null,
  depth: number,
  now: Date,
  findings: Finding[],
  unreadable: UnreadablePart[],
): void {
  const location = attachmentLocation(parent, a.name);
  if (a.prescanned) {
    for (const f of a.prescanned.findings) findings.push(f);
    for (const u of a.prescanned.unreadable) unreadable.push(u);
    return;
  }
  if (a.unreadable) {
    unreadable.push({ location, reason: a.unreadable });
    return;
  }
  if (a.text !== undefined) {
    for (const f of scanText(location, a.text, !!a.isHtml, now)) findings.push(f);
  }
  for (const seg of a.segments || []) {
    for (const f of scanText(location, seg.text, !!seg.isHtml, now)) {
      f.part = seg.part;
      findings.push(f);
    }
  }
  for (const child of a.children || []) {
    if (depth >= MAX_MESSAGE_DEPTH) {
      unreadable.push({ location: attachmentLocation(location, child.name), reason: "nested-too-deep" });
      continue;
    }
    scanAttachment(child, location, depth + 1, now, findings, unreadable);
  }
  for (const part of a.parts || []) {
    if (depth >= MAX_MESSAGE_DEPTH) {
      unreadable.push({ location, reason: "nested-too-deep" });
      return;
    }
    scanParts(part, location, depth + 1, now, findings, unreadable);
  }
}

/** One attachment and everything inside it, before policy: what the per-attachment cache keeps. */
export function scanAttachmentTree(a: AttachmentInput, now: Date): AttachmentScan {
  const findings: Finding[] = [];
  const unreadable: UnreadablePart[] = [];
  scanAttachment(a, null, 0, now, findings, unreadable);
  return { findings, unreadable };
}

function scanParts(
  message: MessageInput,
  parent: Location | null,
  depth: number,
  now: Date,
  findings: Finding[],
  unreadable: UnreadablePart[],
): void {
  // An attached message's own subject and body are reported under the attachment's name, so
  // every location stays `subject`, `body` or `attachment:<name>` (nested names joined by '/').
  const subjectLoc = parent || "subject";
  const bodyLoc = parent || "body";
  for (const f of scanText(subjectLoc, message.subject, false, now)) findings.push(f);
  for (const f of scanText(bodyLoc, message.body, message.bodyIsHtml, now)) findings.push(f);
  for (const a of message.attachments) scanAttachment(a, parent, depth, now, findings, unreadable);
}

/** Scans subject, body and attachments and decides whether the policy requires secure post. */
export function scanMessage(message: MessageInput, policy: Policy, now: Date): ScanResult {
  const all: Finding[] = [];
  const unreadable: UnreadablePart[] = [];
  scanParts(message, null, 0, now, all, unreadable);

  const findings: Finding[] = [];
  const weakFindings: Finding[] = [];
  for (const f of all) {
    const action = actionFor(policy, f.type);
    if (action === "ignore") continue;
    (f.confidence >= policy.minConfidence ? findings : weakFindings).push(f);
  }
  const requiresSecure =
    findings.some((f) => actionFor(policy, f.type) === "require-secure") ||
    (unreadable.length > 0 && policy.unreadableAttachments === "require-secure");
  return { findings, weakFindings, unreadable, requiresSecure };
}
