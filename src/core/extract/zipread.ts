// Reading zip containers (zip archives, OOXML, ODF) with fflate under the budget's limits.
//
// Two passes, both fflate's own parsers:
// 1. listZip: the central directory through unzipSync with a filter that inflates nothing. It
//    gives names and declared sizes, which are checked before anything is inflated: number of
//    entries, declared size per entry, compression ratio per entry and for the whole archive,
//    and the message's remaining byte budget.
// 2. readEntries: the wanted entries through fflate's streaming Unzip, with a DEFLATE decoder
//    that inflates in small input slices and stops as soon as an entry's output passes what its
//    header declared (a lying header), the byte budget or the deadline. So a zip bomb never
//    inflates more than a few megabytes past a limit, whatever its headers say.
// An entry whose inflated size differs from its declared size is not used: that catches lying
// headers and ZipCrypto-encrypted entries, whose bytes do not inflate to the declared size.

import { Inflate, Unzip, UnzipDecoder, UnzipFile, UnzipPassThrough, unzipSync } from "fflate";
import { ExtractContext, ExtractError, RATIO_FLOOR_BYTES, REASON } from "./budget";

export interface ZipEntry {
  name: string;
  /** Compressed size, as declared in the central directory. */
  size: number;
  /** Uncompressed size, as declared in the central directory. */
  originalSize: number;
  /** 0 stored, 8 deflate, 99 AES (encrypted), anything else unsupported. */
  compression: number;
}

export interface EntryResult {
  entry: ZipEntry;
  bytes?: Uint8Array;
  /** Why the entry could not be read (a REASON code). */
  problem?: string;
}

const ZIP_MAGIC = [0x50, 0x4b];
/** Input slice fed to the inflater at a time: at most ~1032x this comes out per step. */
const INFLATE_SLICE = 8 * 1024;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === ZIP_MAGIC[0] && bytes[1] === ZIP_MAGIC[1] && bytes[2] === 3 && bytes[3] === 4;
}

/** An OLE compound file (legacy Office, .msg, or an encrypted OOXML package). */
export function looksLikeCfb(bytes: Uint8Array): boolean {
  const m = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length < m.length) return false;
  for (let i = 0; i < m.length; i++) if (bytes[i] !== m[i]) return false;
  return true;
}

/** Password-protected OOXML files are compound files holding an `EncryptedPackage` stream. */
export function isEncryptedOfficePackage(bytes: Uint8Array): boolean {
  if (!looksLikeCfb(bytes)) return false;
  const needle = "EncryptedPackage";
  const limit = Math.min(bytes.length, 1024 * 1024) - needle.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The central directory, checked against maxEntries (also while reading it, so a directory
 * claiming billions of entries costs nothing). Throws `too-many-entries` or `corrupt`.
 */
export function listZip(bytes: Uint8Array, ctx: ExtractContext): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (entries.length >= ctx.budget.maxEntries) throw new ExtractError(REASON.tooManyEntries);
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression });
        return false;
      },
    });
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw new ExtractError(REASON.corrupt, "zip: " + String((e as Error).message || e));
  }
  for (const e of entries) {
    if (!(e.size >= 0 && e.originalSize >= 0) || e.size > bytes.length) throw new ExtractError(REASON.corrupt, "zip: bad sizes");
  }
  return entries;
}

/** Checks a whole archive before anything in it is inflated. Throws `zip-bomb`. */
export function checkArchive(entries: ZipEntry[], archiveBytes: number, ctx: ExtractContext): void {
  let total = 0;
  for (const e of entries) total += e.originalSize;
  if (total >= RATIO_FLOOR_BYTES && total > ctx.budget.maxRatio * Math.max(archiveBytes, 1)) {
    throw new ExtractError(REASON.zipBomb);
  }
}

/** Why one entry must not be inflated, from its declared sizes; null when it may. */
export function entryProblem(e: ZipEntry, ctx: ExtractContext): string | null {
  if (e.compression === 99) return REASON.encrypted;
  if (e.compression !== 0 && e.compression !== 8) return REASON.corrupt;
  if (e.originalSize > ctx.budget.maxBytesPerAttachment) return REASON.tooLarge;
  if (e.originalSize >= RATIO_FLOOR_BYTES && e.originalSize > ctx.budget.maxRatio * Math.max(e.size, 1)) return REASON.zipBomb;
  return null;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Inflates the given entries (from listZip) under the limits. Every entry comes back, with
 * bytes or with a problem; one bad entry does not stop the others. Checks per entry, before
 * inflating: entryProblem and the message's byte budget; while inflating: declared size,
 * byte budget, deadline.
 */
export function readEntries(bytes: Uint8Array, wanted: ZipEntry[], ctx: ExtractContext): EntryResult[] {
  const results: EntryResult[] = wanted.map((entry) => ({ entry }));
  const pending: { [name: string]: EntryResult[] } = {};
  let reserved = 0;
  for (const r of results) {
    const problem = entryProblem(r.entry, ctx);
    if (problem) {
      r.problem = problem;
      continue;
    }
    // Declared sizes are enforced below, so reserving them keeps the total within budget.
    if (ctx.counter.bytes + reserved + r.entry.originalSize > ctx.budget.maxTotalBytes) {
      r.problem = REASON.overBudget;
      continue;
    }
    reserved += r.entry.originalSize;
    (pending[r.entry.name] = pending[r.entry.name] || []).push(r);
  }
  if (!Object.keys(pending).length) return results;

  let timedOut = false;
  // A DEFLATE decoder for fflate's Unzip that inflates slice by slice and can be stopped.
  class GuardedInflate implements UnzipDecoder {
    static compression = 8;
    ondata!: UnzipDecoder["ondata"];
    private stopped = false;
    private readonly inflate: Inflate;
    constructor() {
      this.inflate = new Inflate((data, final) => {
        if (!this.stopped) this.ondata(null, data, final);
      });
    }
    push(chunk: Uint8Array, final: boolean): void {
      for (let at = 0; !this.stopped && (at < chunk.length || (final && at === 0)); at += INFLATE_SLICE) {
        if (ctx.now() > ctx.counter.deadline) {
          timedOut = true;
          this.fail(new ExtractError(REASON.timeout));
          return;
        }
        const end = Math.min(at + INFLATE_SLICE, chunk.length);
        try {
          this.inflate.push(chunk.subarray(at, end), final && end === chunk.length);
        } catch (e) {
          this.fail(e);
          return;
        }
        if (end === chunk.length) break;
      }
    }
    terminate(): void {
      this.stopped = true;
    }
    private fail(e: unknown): void {
      if (this.stopped) return;
      this.stopped = true;
      const handler = this.ondata as (err: unknown, data: Uint8Array | null, final: boolean) => void;
      handler(e, null, true);
    }
  }

  const unzip = new Unzip((file: UnzipFile) => {
    const queue = pending[file.name];
    const r = queue && queue.shift();
    if (!r) {
      file.ondata = () => undefined; // not wanted (or not in the central directory): skipped
      return;
    }
    const declared = r.entry.originalSize;
    const chunks: Uint8Array[] = [];
    let got = 0;
    let done = false;
    const finish = (problem: string | null) => {
      done = true;
      if (problem) {
        r.problem = problem;
        file.terminate();
      } else r.bytes = concat(chunks, got);
    };
    file.ondata = (err, data, final) => {
      if (done) return;
      if (err) return finish(timedOut ? REASON.timeout : REASON.corrupt);
      got += data.length;
      if (got > declared) return finish(REASON.zipBomb); // more than its header said
      if (ctx.counter.bytes + data.length > ctx.budget.maxTotalBytes) return finish(REASON.overBudget);
      ctx.counter.bytes += data.length;
      if (data.length) chunks.push(data);
      if (final) finish(got === declared ? null : REASON.corrupt);
    };
    file.start();
  });
  unzip.register(UnzipPassThrough);
  unzip.register(GuardedInflate);
  try {
    unzip.push(bytes, true);
  } catch (e) {
    // A broken local header or stream: whatever was not finished is corrupt.
  }
  for (const r of results) {
    if (!r.bytes && !r.problem) r.problem = timedOut ? REASON.timeout : REASON.corrupt;
  }
  return results;
}

/** Path helpers for package parts. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

/** Resolves a relationship target against the directory of its source part. */
export function resolvePath(baseDir: string, target: string): string {
  const parts = (target.charAt(0) === "/" ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
