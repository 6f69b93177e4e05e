// Zip archives: every file entry becomes a child attachment, extracted by its name through the
// dispatcher (so a zip in a zip is opened again, up to the budget's depth). Limits, all checked
// before inflating and enforced again while inflating (see zipread.ts): entries per archive and
// per message, declared size per entry, compression ratio per entry and for the archive, the
// message's byte budget and the deadline. An entry that breaks a limit becomes an unreadable
// child with the reason; an archive that breaks one as a whole (too many entries, overall ratio)
// is unreadable itself.

import { AttachmentInput } from "../types";
import { ExtractContext, Extracted, ExtractError, REASON } from "./budget";
import { checkArchive, listZip, readEntries } from "./zipread";

export function extractZip(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  try {
    const entries = listZip(bytes, ctx);
    checkArchive(entries, bytes.length, ctx);
    const files = entries.filter((e) => e.name.charAt(e.name.length - 1) !== "/");
    // Nested archives share one allowance of entries per message.
    if (ctx.counter.entries + files.length > ctx.budget.maxEntries) throw new ExtractError(REASON.tooManyEntries);
    ctx.counter.entries += files.length;
    const jobs = readEntries(bytes, files, ctx).map((r) =>
      r.bytes
        ? ctx.nested(r.entry.name, "", r.bytes)
        : Promise.resolve<AttachmentInput>({ name: r.entry.name, contentType: "", unreadable: r.problem || REASON.corrupt }),
    );
    return Promise.all(jobs).then((children): Extracted => ({ children }));
  } catch (e) {
    return Promise.reject(e);
  }
}
