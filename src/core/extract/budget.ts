// Limits for attachment extraction, the counter that carries them across one message, and the
// reason codes an attachment ends with when it cannot be read. ES2016 and Office-free: this runs
// in classic Outlook's event runtime too.

import { AttachmentInput } from "../types";

export interface ExtractBudget {
  /** One attachment's bytes, and one archive entry's declared or inflated size. Over it: `too-large`. */
  maxBytesPerAttachment: number;
  /**
   * Bytes processed for one message, across all its attachments: the raw size of text, HTML,
   * RTF, PDF, .msg and .eml files plus every byte inflated from zip, OOXML and ODF containers.
   * Once spent, further attachments are `over-budget`.
   */
  maxTotalBytes: number;
  /** Wall-clock time for one message, from the counter's creation. Past it: `timeout`. */
  maxMs: number;
  /** Containers inside containers (zip, .msg, .eml, embedded Office files). Deeper: `nested-too-deep`. */
  maxDepth: number;
  /** Entries in one archive, and archive entries opened in one message. More: `too-many-entries`. */
  maxEntries: number;
  /** Uncompressed / compressed, per entry and for a whole archive. Higher: `zip-bomb`. */
  maxRatio: number;
}

/**
 * The default budget, sized for Send in Outlook, where the user sees "taking longer than
 * expected" after about 5 s including script load:
 * - 10 MB per attachment: larger office files are rare in mail and slow to inflate;
 * - 25 MB per message: Exchange Online's default send limit is larger, but scanning more than
 *   this at Send would hang the send;
 * - 4 s for the whole message;
 * - depth 3: a zip in a zip in a mail is common enough, deeper nesting is not;
 * - 1000 entries: office files have tens, ordinary archives hundreds;
 * - ratio 100: text and XML compress 3-20x, a zip bomb 1000x.
 */
export const DEFAULT_BUDGET: ExtractBudget = {
  maxBytesPerAttachment: 10 * 1024 * 1024,
  maxTotalBytes: 25 * 1024 * 1024,
  maxMs: 4000,
  maxDepth: 3,
  maxEntries: 1000,
  maxRatio: 100,
};

/**
 * The ratio check applies only to entries (and archives) that inflate to at least this much:
 * a few kilobytes of repeated XML compress beyond 100:1 without being a bomb.
 */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * Mutable state shared by all extractions of one message. Create one per message with
 * createBudgetCounter and pass it in ExtractOptions.counter to every attachment.
 */
export interface BudgetCounter {
  /** Bytes processed so far (see ExtractBudget.maxTotalBytes). */
  bytes: number;
  /** Archive entries opened so far. */
  entries: number;
  /** Epoch milliseconds after which extraction stops with `timeout`. */
  deadline: number;
}

export function createBudgetCounter(budget: ExtractBudget, now?: number): BudgetCounter {
  return { bytes: 0, entries: 0, deadline: (now === undefined ? Date.now() : now) + budget.maxMs };
}

/** The reasons an extracted attachment (or a part of it) can end as unreadable. */
export const REASON = {
  /** No extractor for this file type in the core. */
  unsupported: "unsupported-type",
  /** An image: text in it would need OCR. */
  image: "image",
  /** The extractor for this type is not in this bundle (e.g. PDF in the event runtime). */
  notHere: "not-scanned-here",
  tooLarge: "too-large",
  overBudget: "over-budget",
  timeout: "timeout",
  nested: "nested-too-deep",
  tooManyEntries: "too-many-entries",
  zipBomb: "zip-bomb",
  /** Password protected (encrypted OOXML/ODF/PDF, encrypted zip entries). */
  encrypted: "encrypted",
  /** A PDF (or PDF pages) without text: scanned paper. */
  noTextLayer: "no-text-layer",
  /** Not what its name says, truncated or damaged. */
  corrupt: "corrupt",
} as const;

/** Thrown inside extractors; the dispatcher turns it into `unreadable: reason`. */
export class ExtractError extends Error {
  readonly reason: string;
  constructor(reason: string, message?: string) {
    super(message || reason);
    this.reason = reason;
    Object.setPrototypeOf(this, ExtractError.prototype);
  }
}

export function reasonOf(e: unknown): string {
  return e instanceof ExtractError ? e.reason : REASON.corrupt;
}

/** What a format extractor returns; the dispatcher adds name and content type. */
export type Extracted = Pick<AttachmentInput, "text" | "isHtml" | "segments" | "parts" | "children" | "unreadable">;

/** Extracts a file found inside another one, one level deeper, on the same budget. */
export type NestedExtract = (name: string, contentType: string, bytes: Uint8Array) => Promise<AttachmentInput>;

/** What every format extractor gets besides the bytes. */
export interface ExtractContext {
  budget: ExtractBudget;
  counter: BudgetCounter;
  now: () => number;
  /** 0 for an attachment of the message itself. */
  depth: number;
  /**
   * Extracts a file found inside this one (archive entry, embedded file, attachment of an
   * attached message) one level deeper. Its bytes are not counted again: they were counted
   * with the outer file or when they were inflated.
   */
  nested: NestedExtract;
}

export function checkDeadline(ctx: ExtractContext): void {
  if (ctx.now() > ctx.counter.deadline) throw new ExtractError(REASON.timeout);
}

/** Counts bytes about to be processed; throws `over-budget` when the message's budget is spent. */
export function chargeBytes(ctx: ExtractContext, n: number): void {
  if (ctx.counter.bytes + n > ctx.budget.maxTotalBytes) throw new ExtractError(REASON.overBudget);
  ctx.counter.bytes += n;
}
