// Reads the message being composed into the core's MessageInput: subject, HTML body and the
// attachments the core can read. A failed read of the subject, body or attachment list is a
// fault (Send blocks); a single attachment that cannot be fetched is unreadable (the policy decides).

import { strToU8 } from "fflate";
import { attachmentFromBytes, attachmentKind, MAX_ATTACHMENT_BYTES, unreadableAttachment } from "../core/attachments";
import { parseEml } from "../core/mime";
import { base64ToBytes } from "../core/text/decode";
import { AttachmentInput } from "../core/types";
import { ComposeItem, readAttachmentContent, readAttachmentList } from "./item";

const ITEM = "item";
const CLOUD = "cloud";

function contentBytes(content: Office.AttachmentContent): Uint8Array | null {
  const format = String(content.format).toLowerCase();
  if (format === "base64") return base64ToBytes(content.content);
  if (format === "eml" || format === "icalendar") return strToU8(content.content);
  return null; // "url": a cloud file, whose content is not in the message
}

function readOne(item: ComposeItem, a: Office.AttachmentDetailsCompose, ms: number): Promise<AttachmentInput> {
  const name = a.name || "attachment";
  // Compose-mode details carry no content type in the typings; some clients send one anyway.
  const type = (a as { contentType?: string }).contentType || "";
  if (String(a.attachmentType).toLowerCase() === CLOUD) return Promise.resolve(unreadableAttachment(name, type, "cloud-file"));
  const isItem = String(a.attachmentType).toLowerCase() === ITEM;
  // An attached Outlook item arrives as EML whatever its name says.
  const kindName = isItem ? name + ".eml" : name;
  if (attachmentKind(kindName, type) === "unsupported") return Promise.resolve(unreadableAttachment(name, type, "unsupported-type"));
  if (a.size > MAX_ATTACHMENT_BYTES) return Promise.resolve(unreadableAttachment(name, type, "too-large"));
  return readAttachmentContent(item, a.id, ms).then(
    (content) => {
      let bytes: Uint8Array | null;
      try {
        bytes = contentBytes(content);
      } catch (e) {
        return unreadableAttachment(name, type, "decode-failed");
      }
      if (!bytes) return unreadableAttachment(name, type, "cloud-file");
      return attachmentFromBytes(kindName, type, bytes, parseEml).then((r) => {
        r.name = name;
        return r;
      });
    },
    () => unreadableAttachment(name, type, "read-failed"),
  );
}

/** The non-inline attachments as the core sees them. Inline images (signature logos) never count. */
export function readAttachments(item: ComposeItem, ms: number): Promise<AttachmentInput[]> {
  return readAttachmentList(item, ms).then((list) =>
    Promise.all(list.filter((a) => !a.isInline).map((a) => readOne(item, a, ms))),
  );
}
