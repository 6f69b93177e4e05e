// Outlook .msg files through @kenjiuno/msgreader → a MessageInput: subject, body (HTML when the
// file has it — PidTagHtml or PidTagBodyHtml —, else the plain-text PidTagBody) and attachments,
// each sent back through the dispatcher (`nested`), so depth and budget apply to them. Embedded
// messages (attachments that are Outlook items) are written out by msgreader as .msg files and
// dispatched the same way.
// Not in the event bundle: msgreader pulls in iconv-lite, which needs Node's Buffer (a browser
// bundle must provide a Buffer polyfill). Limits: a message whose only body is compressed RTF
// (no PidTagBody) is read without body; attachments stored by reference or as OLE objects are
// `unsupported-type`.
// Hostile files: msgreader follows sector chains and directory links without cycle checks, and
// a crafted file with a loop makes it allocate until the process dies (seen with a self-linked
// directory sector). guardReader below wraps two of its reader's methods on the instance: sector
// chain steps are counted against a bound derived from the file size, and the directory tree is
// checked for loops before msgreader walks it. Both fail as `corrupt`. If a later msgreader
// renames those internals the guard does nothing, which test/core/extract/msg.test.ts notices.

import MsgReader from "@kenjiuno/msgreader";
import type { FieldsData } from "@kenjiuno/msgreader";
import { bytesToText } from "../text/decode";
import { AttachmentInput, MessageInput } from "../types";
import { ExtractError, NestedExtract, REASON } from "./budget";
import type { MsgExtractor } from "./index";

const MSG_TYPE = "application/vnd.ms-outlook";

/** A directory entry as msgreader's reader holds it. */
interface DirEntry {
  type: number;
  previousProperty: number;
  nextProperty: number;
  childProperty: number;
}

interface ReaderInternals {
  getNextBlock?: (offset: number) => number;
  getNextBlockSmall?: (offset: number) => number;
  createPropertyHierarchy?: (props: DirEntry[], node: DirEntry) => void;
}

const NO_INDEX = -1;
const STORAGE_TYPES = [1, 5]; // directory (storage) and root: the entries with children

/** Throws `corrupt` when the directory's sibling/child links reach an entry twice or point outside. */
function checkDirectoryTree(props: DirEntry[]): void {
  const seen: boolean[] = [true];
  const stack: number[] = props[0] && props[0].childProperty !== NO_INDEX ? [props[0].childProperty] : [];
  while (stack.length) {
    const i = stack.pop() as number;
    if (!(i >= 0 && i < props.length) || seen[i]) throw new ExtractError(REASON.corrupt, "directory loops");
    seen[i] = true;
    const p = props[i];
    if (p.previousProperty !== NO_INDEX) stack.push(p.previousProperty);
    if (p.nextProperty !== NO_INDEX) stack.push(p.nextProperty);
    if (STORAGE_TYPES.indexOf(p.type) >= 0 && p.childProperty !== NO_INDEX) stack.push(p.childProperty);
  }
}

/** Exposed for the test that checks the guard is still in place. */
export function guardReader(msg: MsgReader, byteLength: number): boolean {
  const r = (msg as unknown as { reader?: ReaderInternals }).reader;
  if (!r || typeof r.getNextBlock !== "function" || typeof r.getNextBlockSmall !== "function" || typeof r.createPropertyHierarchy !== "function") {
    return false;
  }
  // Every sector is visited once per read of its stream; streams are read a few times at most.
  const maxSteps = 16 * (Math.ceil(byteLength / 64) + 64);
  let steps = 0;
  const step = (orig: (offset: number) => number) =>
    function (this: unknown, offset: number): number {
      if (++steps > maxSteps) throw new ExtractError(REASON.corrupt, "sector chain loops");
      return orig.call(this, offset);
    };
  r.getNextBlock = step(r.getNextBlock);
  r.getNextBlockSmall = step(r.getNextBlockSmall);
  const hierarchy = r.createPropertyHierarchy;
  let checked = false;
  r.createPropertyHierarchy = function (this: unknown, props: DirEntry[], node: DirEntry): void {
    if (!checked) {
      checkDirectoryTree(props);
      checked = true;
    }
    hierarchy.call(this, props, node);
  };
  return true;
}

function isInlineImage(a: FieldsData): boolean {
  const name = (a.fileName || a.fileNameShort || "").toLowerCase();
  const type = (a.attachMimeTag || "").toLowerCase();
  return !!a.pidContentId && (type.indexOf("image/") === 0 || /\.(png|jpe?g|gif|bmp)$/.test(name));
}

function messageFrom(reader: MsgReader, fields: FieldsData, nested: NestedExtract): Promise<MessageInput> {
  const html = fields.bodyHtml !== undefined ? fields.bodyHtml : fields.html ? bytesToText(fields.html) : undefined;
  const jobs: Promise<AttachmentInput>[] = [];
  for (const a of fields.attachments || []) {
    if (isInlineImage(a)) continue; // a signature logo in the HTML, as in parseEml
    if (a.innerMsgContent) {
      const name = (a.name || a.fileName || "message") + ".msg";
      jobs.push(
        Promise.resolve()
          .then(() => reader.getAttachment(a))
          .then(
            (file) => nested(name, MSG_TYPE, file.content),
            (): AttachmentInput => ({ name, contentType: MSG_TYPE, unreadable: REASON.corrupt }),
          ),
      );
      continue;
    }
    const name = a.fileName || a.fileNameShort || a.name || "attachment";
    const type = a.attachMimeTag || "";
    if (a.dataId === undefined) {
      jobs.push(Promise.resolve({ name, contentType: type, unreadable: REASON.unsupported }));
      continue;
    }
    jobs.push(
      Promise.resolve()
        .then(() => reader.getAttachment(a))
        .then(
          (file) => nested(name, type, file.content),
          (): AttachmentInput => ({ name, contentType: type, unreadable: REASON.corrupt }),
        ),
    );
  }
  return Promise.all(jobs).then(
    (attachments): MessageInput => ({
      subject: fields.subject || "",
      body: html !== undefined ? html : fields.body || "",
      bodyIsHtml: html !== undefined,
      attachments,
    }),
  );
}

/** Reads an Outlook .msg file; rejects with ExtractError(`corrupt`) when it is not one. */
export const extractMsg: MsgExtractor = (bytes, nested) => {
  try {
    const copy = bytes.slice(); // msgreader reads an ArrayBuffer from offset 0
    const reader = new MsgReader(copy.buffer);
    guardReader(reader, copy.length);
    const fields = reader.getFileData();
    if (fields.error || fields.dataType !== "msg") throw new ExtractError(REASON.corrupt, fields.error || "not a message");
    return messageFrom(reader, fields, nested);
  } catch (e) {
    return Promise.reject(e instanceof ExtractError ? e : new ExtractError(REASON.corrupt, String(e)));
  }
};
