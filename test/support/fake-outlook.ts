// A compose item that behaves like Outlook's, with every async method able to misbehave the
// ways real clients do: fail, throw synchronously, never answer, answer late, or (setters)
// report success without the change sticking. Installed as the `Office` global through
// office-addin-mock's OfficeMockObject.

import { OfficeMockObject } from "office-addin-mock";

export type Misbehaviour = "fail" | "throw" | "hang" | "slow" | "nostick";

export type MethodName =
  | "subject.getAsync"
  | "subject.setAsync"
  | "body.getAsync"
  | "getAttachmentsAsync"
  | "getAttachmentContentAsync"
  | "internetHeaders.getAsync"
  | "internetHeaders.setAsync"
  | "sessionData.getAsync"
  | "sessionData.setAsync"
  | "sensitivityLabel.getAsync"
  | "sensitivityLabel.setAsync"
  | "notificationMessages.replaceAsync";

export const READ_METHODS: MethodName[] = [
  "subject.getAsync",
  "body.getAsync",
  "getAttachmentsAsync",
  "getAttachmentContentAsync",
  "internetHeaders.getAsync",
  "sessionData.getAsync",
];
export const WRITE_METHODS: MethodName[] = ["internetHeaders.setAsync", "sessionData.setAsync", "subject.setAsync"];

export interface FakeAttachment {
  id: string;
  name: string;
  contentType?: string;
  attachmentType?: "file" | "item" | "cloud";
  isInline?: boolean;
  /** Base64 for files, EML text for items. */
  content: string;
  format?: "base64" | "eml" | "url";
}

export interface FakeItemState {
  subject: string;
  bodyHtml: string;
  headers: { [name: string]: string };
  attachments: FakeAttachment[];
  /** null: this client has no sessionData API (some classic builds in 2024). */
  sessionData: { [key: string]: string } | null;
  label: string | null;
  notifications: { [key: string]: { type: string; message: string } };
}

export interface FakeOutlookOptions {
  subject?: string;
  bodyHtml?: string;
  attachments?: FakeAttachment[];
  headers?: { [name: string]: string };
  sessionData?: { [key: string]: string } | null;
  displayLanguage?: string;
  /** Highest Mailbox requirement set supported, e.g. "1.15". */
  mailbox?: string;
  misbehave?: Partial<Record<MethodName, Misbehaviour>>;
  /** Delay of a `slow` answer, ms. */
  slowMs?: number;
}

export interface FakeOutlook {
  state: FakeItemState;
  misbehave: Partial<Record<MethodName, Misbehaviour>>;
  /** Every call made, in order: which methods the code under test touched. */
  calls: MethodName[];
  associated: { [name: string]: (event: unknown) => unknown };
  office: any;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export function createFakeOutlook(opts: FakeOutlookOptions = {}): FakeOutlook {
  const state: FakeItemState = {
    subject: opts.subject || "",
    bodyHtml: opts.bodyHtml || "",
    headers: { ...(opts.headers || {}) },
    attachments: opts.attachments || [],
    sessionData: opts.sessionData === null ? null : { ...(opts.sessionData || {}) },
    label: null,
    notifications: {},
  };
  const misbehave: Partial<Record<MethodName, Misbehaviour>> = { ...(opts.misbehave || {}) };
  const calls: MethodName[] = [];
  const slowMs = opts.slowMs || 60000;

  /** Runs an Office-style async method: `apply` returns the value (or throws an Office error). */
  function method<T>(name: MethodName, apply: (sticks: boolean) => T, callback: (r: unknown) => void): void {
    calls.push(name);
    const how = misbehave[name];
    if (how === "throw") throw new Error(`${name} threw`);
    if (how === "hang") return;
    const answer = () => {
      if (how === "fail") {
        callback({ status: "failed", value: undefined, error: { code: 9002, name: "InternalError", message: "failed" } });
        return;
      }
      let value: T;
      try {
        value = apply(how !== "nostick");
      } catch (e) {
        const err = e as { code?: number; name?: string };
        callback({ status: "failed", value: undefined, error: { code: err.code, name: err.name, message: "failed" } });
        return;
      }
      callback({ status: "succeeded", value });
    };
    setTimeout(answer, how === "slow" ? slowMs : 0);
  }

  function cbOf(args: unknown[]): (r: unknown) => void {
    const last = args[args.length - 1];
    return typeof last === "function" ? (last as (r: unknown) => void) : () => undefined;
  }

  const item: any = {
    itemType: "message",
    subject: {
      getAsync: (...args: unknown[]) => method("subject.getAsync", () => state.subject, cbOf(args)),
      setAsync: (subject: string, ...args: unknown[]) =>
        method("subject.setAsync", (sticks) => {
          if (sticks) state.subject = subject;
        }, cbOf(args)),
    },
    body: {
      getAsync: (_coercion: string, ...args: unknown[]) => method("body.getAsync", () => state.bodyHtml, cbOf(args)),
    },
    getAttachmentsAsync: (...args: unknown[]) =>
      method(
        "getAttachmentsAsync",
        () =>
          state.attachments.map((a) => ({
            id: a.id,
            name: a.name,
            contentType: a.contentType,
            attachmentType: a.attachmentType || "file",
            isInline: !!a.isInline,
            size: a.content.length,
          })),
        cbOf(args),
      ),
    getAttachmentContentAsync: (id: string, ...args: unknown[]) =>
      method(
        "getAttachmentContentAsync",
        () => {
          const a = state.attachments.find((x) => x.id === id);
          if (!a) throw Object.assign(new Error("no attachment"), { code: 9043, name: "AttachmentNotFound" });
          return { format: a.format || (a.attachmentType === "item" ? "eml" : "base64"), content: a.content };
        },
        cbOf(args),
      ),
    internetHeaders: {
      getAsync: (names: string[], ...args: unknown[]) =>
        method(
          "internetHeaders.getAsync",
          () => {
            const out: { [k: string]: string } = {};
            for (const n of names) {
              for (const k of Object.keys(state.headers)) if (k.toLowerCase() === n.toLowerCase()) out[k] = state.headers[k];
            }
            return out;
          },
          cbOf(args),
        ),
      setAsync: (headers: { [k: string]: string }, ...args: unknown[]) =>
        method("internetHeaders.setAsync", (sticks) => {
          if (sticks) Object.assign(state.headers, headers);
        }, cbOf(args)),
      removeAsync: (names: string[], ...args: unknown[]) =>
        method("internetHeaders.setAsync", (sticks) => {
          if (sticks) for (const n of names) delete state.headers[n];
        }, cbOf(args)),
    },
    notificationMessages: {
      replaceAsync: (key: string, message: { type: string; message: string }, ...args: unknown[]) =>
        method("notificationMessages.replaceAsync", () => {
          state.notifications[key] = message;
        }, cbOf(args)),
    },
    sensitivityLabel: {
      getAsync: (...args: unknown[]) => method("sensitivityLabel.getAsync", () => state.label, cbOf(args)),
      setAsync: (label: string, ...args: unknown[]) =>
        method("sensitivityLabel.setAsync", (sticks) => {
          if (sticks) state.label = label;
        }, cbOf(args)),
    },
  };
  if (state.sessionData !== null) {
    const store = state.sessionData;
    item.sessionData = {
      getAsync: (key: string, ...args: unknown[]) =>
        method(
          "sessionData.getAsync",
          () => {
            if (!(key in store)) throw Object.assign(new Error("not found"), { code: 9050, name: "KeyNotFound" });
            return store[key];
          },
          cbOf(args),
        ),
      setAsync: (key: string, value: string, ...args: unknown[]) =>
        method("sessionData.setAsync", (sticks) => {
          if (sticks) store[key] = value;
        }, cbOf(args)),
    };
  }

  const associated: { [name: string]: (event: unknown) => unknown } = {};
  const mailboxVersion = opts.mailbox || "1.15";
  const data = {
    host: "outlook",
    context: {
      displayLanguage: opts.displayLanguage || "da-DK",
      mailbox: { item },
      requirements: {
        isSetSupported: (name: string, version: string) => name === "Mailbox" && versionAtLeast(mailboxVersion, version),
      },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => unknown) => {
        associated[name] = fn;
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
  };
  // OfficeMockObject copies the structure; keep the item object itself so tests can watch it.
  const office = new OfficeMockObject(data as any);
  office.context.mailbox.item = item;
  return { state, misbehave, calls, associated, office };
}

/** An event as Outlook hands it to a handler, recording each completed() call and when. */
export function fakeEvent(): { completed: jest.Mock; calls: { options: any; at: number }[] } {
  const calls: { options: any; at: number }[] = [];
  const completed = jest.fn((options?: unknown) => {
    calls.push({ options, at: Date.now() });
  });
  return { completed, calls };
}
