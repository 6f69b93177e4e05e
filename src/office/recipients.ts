// Every recipient of the message being composed (To, Cc, Bcc), for the policy's trusted domains.
// Anything short of a full, plain list is null: a call that fails, throws or does not answer,
// a field this client does not offer, or a distribution list or group (whose members the add-in
// cannot see). Null relaxes nothing, so the message goes by secure post as it otherwise would.

import { ComposeItem } from "./item";
import { officeCall } from "./office-call";

type Field = "to" | "cc" | "bcc";

function readField(item: ComposeItem, field: Field, ms: number): Promise<Office.EmailAddressDetails[]> {
  const recipients = (item as unknown as { [f: string]: Office.Recipients | undefined })[field];
  if (!recipients || typeof recipients.getAsync !== "function") return Promise.reject(new Error(`no ${field}`));
  // The fault never surfaces: a failed read only means nothing is relaxed.
  return officeCall<Office.EmailAddressDetails[]>("unexpected", ms, (cb) => recipients.getAsync(cb)).then((list) => {
    if (!Array.isArray(list)) throw new Error(`${field}: not a list`);
    return list;
  });
}

function addressOf(r: Office.EmailAddressDetails): string | null {
  const type = String((r && r.recipientType) || "").toLowerCase();
  if (type === "distributionlist" || type === "group") return null;
  return r && typeof r.emailAddress === "string" && r.emailAddress ? r.emailAddress : null;
}

/** Every recipient's address, or null when the full list cannot be known. Never rejects. */
export function readAllRecipients(item: ComposeItem, ms: number): Promise<string[] | null> {
  try {
    return Promise.all([readField(item, "to", ms), readField(item, "cc", ms), readField(item, "bcc", ms)]).then(
      (fields) => {
        const out: string[] = [];
        for (const list of fields) {
          for (const r of list) {
            const a = addressOf(r);
            if (a === null) return null;
            out.push(a);
          }
        }
        return out;
      },
      () => null,
    );
  } catch (e) {
    return Promise.resolve(null);
  }
}
