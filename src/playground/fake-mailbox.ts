// A compose item that behaves like Outlook's, with every async method able to misbehave the
// ways real clients do: fail, throw synchronously, never answer, answer late, or (setters)
// report success without the change sticking.
//
// Browser-safe on purpose (no Node, no jest, no office-addin-mock): the playground page installs
// `office` from here as window.Office for the send handler and the taskpane iframe, and the jest
// suites wrap the same item in office-addin-mock's OfficeMockObject (test/support/fake-outlook.ts).
// So the playground and the tests drive the real code through one and the same fake surface.

export type Misbehaviour = "fail" | "throw" | "hang" | "slow" | "nostick";

export type MethodName =
  | "subject.getAsync"
  | "subject.setAsync"
  | "body.getAsync"
  | "body.setAsync"
  | "to.getAsync"
  | "cc.getAsync"
  | "bcc.getAsync"
  | "getAttachmentsAsync"
  | "getAttachmentContentAsync"
  | "internetHeaders.getAsync"
  | "internetHeaders.setAsync"
  | "sessionData.getAsync"
  | "sessionData.setAsync"
  | "sensitivityLabel.getAsync"
  | "sensitivityLabel.setAsync"
  | "notificationMessages.addAsync"
  | "notificationMessages.replaceAsync"
  | "notificationMessages.removeAsync"
  | "notificationMessages.getAllAsync"
  | "addHandlerAsync"
  | "removeHandlerAsync";

/** Every method the fake has, in the order the playground's developer panel lists them. */
export const ALL_METHODS: MethodName[] = [
  "subject.getAsync",
  "subject.setAsync",
  "body.getAsync",
  "body.setAsync",
  "to.getAsync",
  "cc.getAsync",
  "bcc.getAsync",
  "getAttachmentsAsync",
  "getAttachmentContentAsync",
  "internetHeaders.getAsync",
  "internetHeaders.setAsync",
  "sessionData.getAsync",
  "sessionData.setAsync",
  "sensitivityLabel.getAsync",
  "sensitivityLabel.setAsync",
  "notificationMessages.addAsync",
  "notificationMessages.replaceAsync",
  "notificationMessages.removeAsync",
  "notificationMessages.getAllAsync",
  "addHandlerAsync",
  "removeHandlerAsync",
];

export const MISBEHAVIOURS: Misbehaviour[] = ["fail", "throw", "hang", "slow", "nostick"];

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

export interface FakeRecipient {
  displayName: string;
  emailAddress: string;
  /** Office's recipientType; default "other". A distributionList's members are not visible. */
  recipientType?: string;
}

export interface FakeNotification {
  type: string;
  message: string;
  [key: string]: unknown;
}

export interface FakeItemState {
  subject: string;
  bodyHtml: string;
  headers: { [name: string]: string };
  attachments: FakeAttachment[];
  /** null: this client has no sessionData API (some classic builds in 2024). */
  sessionData: { [key: string]: string } | null;
  label: string | null;
  notifications: { [key: string]: FakeNotification };
  to: FakeRecipient[];
  cc: FakeRecipient[];
  bcc: FakeRecipient[];
}

export interface FakeOutlookOptions {
  subject?: string;
  bodyHtml?: string;
  attachments?: FakeAttachment[];
  headers?: { [name: string]: string };
  sessionData?: { [key: string]: string } | null;
  to?: FakeRecipient[];
  cc?: FakeRecipient[];
  bcc?: FakeRecipient[];
  displayLanguage?: string;
  /** Highest Mailbox requirement set supported, e.g. "1.15". */
  mailbox?: string;
  misbehave?: Partial<Record<MethodName, Misbehaviour>>;
  /** Delay of a `slow` answer, ms. */
  slowMs?: number;
}

/** What changed on the item through its API (the playground mirrors it in the form). */
export type FakeChange = "subject" | "body" | "headers" | "sessionData" | "label" | "notifications" | "handlers";

export interface FakeMailbox {
  state: FakeItemState;
  misbehave: Partial<Record<MethodName, Misbehaviour>>;
  /** Every call made, in order: which methods the code under test touched. */
  calls: MethodName[];
  associated: { [name: string]: (event: unknown) => unknown };
  /** Mutable settings: the supported Mailbox set, and the delay of a `slow` answer. */
  settings: { mailbox: string; slowMs: number };
  /** The compose item (Office.context.mailbox.item). */
  item: any;
  /** A plain Office namespace around the item: what window.Office is in the playground. */
  office: any;
  /** Event handlers registered with addHandlerAsync, by event type. */
  handlers: { [eventType: string]: Array<(args: unknown) => void> };
  /** Calls the handlers registered for an event type, as Outlook does (no-op when none). */
  fire(eventType: string, args?: { [key: string]: unknown }): void;
  /** Called after a change made through the item's API sticks. Returns an unsubscribe. */
  onChange(listener: (change: FakeChange) => void): () => void;
}

/** Office.EventType's values for the events a compose add-in can register. */
export const EVENT_TYPES = {
  ItemChanged: "olkItemSelectedChanged",
  RecipientsChanged: "olkRecipientsChanged",
  AttachmentsChanged: "olkAttachmentsChanged",
  RecurrenceChanged: "olkRecurrenceChanged",
  AppointmentTimeChanged: "olkAppointmentTimeChanged",
  SensitivityLabelChanged: "olkSensitivityLabelChanged",
};

/** Outlook allows five notification messages per item. */
export const MAX_NOTIFICATIONS = 5;

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

function officeError(code: number, name: string, message: string): Error {
  return Object.assign(new Error(message), { code, name });
}

/** The body as Outlook's Text coercion gives it: tags gone, blocks and <br> as line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h[1-6])\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function textToHtml(text: string): string {
  const esc = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return esc
    .split(/\r?\n/)
    .map((line) => `<div>${line || "<br>"}</div>`)
    .join("");
}

export function createFakeMailbox(opts: FakeOutlookOptions = {}): FakeMailbox {
  const state: FakeItemState = {
    subject: opts.subject || "",
    bodyHtml: opts.bodyHtml || "",
    headers: { ...(opts.headers || {}) },
    attachments: opts.attachments || [],
    sessionData: opts.sessionData === null ? null : { ...(opts.sessionData || {}) },
    label: null,
    notifications: {},
    to: (opts.to || []).slice(),
    cc: (opts.cc || []).slice(),
    bcc: (opts.bcc || []).slice(),
  };
  const misbehave: Partial<Record<MethodName, Misbehaviour>> = { ...(opts.misbehave || {}) };
  const calls: MethodName[] = [];
  const settings = { mailbox: opts.mailbox || "1.15", slowMs: opts.slowMs || 60000 };
  const listeners: Array<(change: FakeChange) => void> = [];
  const handlers: { [eventType: string]: Array<(args: unknown) => void> } = {};

  function emit(change: FakeChange): void {
    for (const l of listeners.slice()) {
      try {
        l(change);
      } catch (e) {
        // a listener's fault is not the item's
      }
    }
  }

  /**
   * Runs an Office-style async method: `apply` returns the value (or throws an Office error).
   * `changes`: what a setter changes, announced to listeners once the change is applied.
   */
  function method<T>(
    name: MethodName,
    apply: (sticks: boolean) => T,
    callback: (r: unknown) => void,
    changes?: FakeChange,
  ): void {
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
      if (changes && how !== "nostick") emit(changes);
      callback({ status: "succeeded", value });
    };
    setTimeout(answer, how === "slow" ? settings.slowMs : 0);
  }

  function cbOf(args: unknown[]): (r: unknown) => void {
    const last = args[args.length - 1];
    return typeof last === "function" ? (last as (r: unknown) => void) : () => undefined;
  }

  function optionsOf(args: unknown[]): { [key: string]: unknown } {
    const first = args[0];
    return first && typeof first === "object" ? (first as { [key: string]: unknown }) : {};
  }

  function recipients(list: () => FakeRecipient[], name: MethodName) {
    return {
      getAsync: (...args: unknown[]) =>
        method(
          name,
          () => list().map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress, recipientType: r.recipientType || "other" })),
          cbOf(args),
        ),
    };
  }

  function addHandler(eventType: string, handler: (args: unknown) => void, args: unknown[]): void {
    method(
      "addHandlerAsync",
      (sticks) => {
        if (typeof handler !== "function") throw officeError(9000, "InvalidParameter", "no handler");
        if (sticks) (handlers[eventType] = handlers[eventType] || []).push(handler);
      },
      cbOf(args),
      "handlers",
    );
  }

  function removeHandler(eventType: string, args: unknown[]): void {
    method(
      "removeHandlerAsync",
      (sticks) => {
        if (sticks) delete handlers[eventType];
      },
      cbOf(args),
      "handlers",
    );
  }

  const item: any = {
    itemType: "message",
    subject: {
      getAsync: (...args: unknown[]) => method("subject.getAsync", () => state.subject, cbOf(args)),
      setAsync: (subject: string, ...args: unknown[]) =>
        method(
          "subject.setAsync",
          (sticks) => {
            if (sticks) state.subject = subject;
          },
          cbOf(args),
          "subject",
        ),
    },
    body: {
      getAsync: (coercion: string, ...args: unknown[]) =>
        method("body.getAsync", () => (String(coercion).toLowerCase() === "text" ? htmlToText(state.bodyHtml) : state.bodyHtml), cbOf(args)),
      setAsync: (data: string, ...args: unknown[]) =>
        method(
          "body.setAsync",
          (sticks) => {
            const coercion = String(optionsOf(args).coercionType || "text").toLowerCase();
            if (sticks) state.bodyHtml = coercion === "html" ? String(data) : textToHtml(String(data));
          },
          cbOf(args),
          "body",
        ),
    },
    to: recipients(() => state.to, "to.getAsync"),
    cc: recipients(() => state.cc, "cc.getAsync"),
    bcc: recipients(() => state.bcc, "bcc.getAsync"),
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
          if (!a) throw officeError(9043, "AttachmentNotFound", "no attachment");
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
        method(
          "internetHeaders.setAsync",
          (sticks) => {
            if (sticks) Object.assign(state.headers, headers);
          },
          cbOf(args),
          "headers",
        ),
      removeAsync: (names: string[], ...args: unknown[]) =>
        method(
          "internetHeaders.setAsync",
          (sticks) => {
            if (sticks) for (const n of names) delete state.headers[n];
          },
          cbOf(args),
          "headers",
        ),
    },
    notificationMessages: {
      addAsync: (key: string, message: FakeNotification, ...args: unknown[]) =>
        method(
          "notificationMessages.addAsync",
          (sticks) => {
            if (key in state.notifications) throw officeError(9041, "DuplicateNotificationKey", "key exists");
            if (Object.keys(state.notifications).length >= MAX_NOTIFICATIONS) {
              throw officeError(9040, "NumberOfNotificationMessagesExceeded", "too many");
            }
            if (sticks) state.notifications[key] = message;
          },
          cbOf(args),
          "notifications",
        ),
      replaceAsync: (key: string, message: FakeNotification, ...args: unknown[]) =>
        method(
          "notificationMessages.replaceAsync",
          () => {
            state.notifications[key] = message;
          },
          cbOf(args),
          "notifications",
        ),
      removeAsync: (key: string, ...args: unknown[]) =>
        method(
          "notificationMessages.removeAsync",
          (sticks) => {
            if (!(key in state.notifications)) throw officeError(9042, "KeyNotFound", "no such notification");
            if (sticks) delete state.notifications[key];
          },
          cbOf(args),
          "notifications",
        ),
      getAllAsync: (...args: unknown[]) =>
        method(
          "notificationMessages.getAllAsync",
          () => Object.keys(state.notifications).map((key) => ({ key, ...state.notifications[key] })),
          cbOf(args),
        ),
    },
    sensitivityLabel: {
      getAsync: (...args: unknown[]) => method("sensitivityLabel.getAsync", () => state.label, cbOf(args)),
      setAsync: (label: string, ...args: unknown[]) =>
        method(
          "sensitivityLabel.setAsync",
          (sticks) => {
            if (sticks) state.label = label;
          },
          cbOf(args),
          "label",
        ),
    },
    addHandlerAsync: (eventType: string, handler: (args: unknown) => void, ...args: unknown[]) =>
      addHandler(eventType, handler, args),
    removeHandlerAsync: (eventType: string, ...args: unknown[]) => removeHandler(eventType, args),
  };
  if (state.sessionData !== null) {
    const store = state.sessionData;
    item.sessionData = {
      getAsync: (key: string, ...args: unknown[]) =>
        method(
          "sessionData.getAsync",
          () => {
            if (!(key in store)) throw officeError(9050, "KeyNotFound", "not found");
            return store[key];
          },
          cbOf(args),
        ),
      setAsync: (key: string, value: string, ...args: unknown[]) =>
        method(
          "sessionData.setAsync",
          (sticks) => {
            if (sticks) store[key] = value;
          },
          cbOf(args),
          "sessionData",
        ),
    };
  }

  const associated: { [name: string]: (event: unknown) => unknown } = {};
  const mailbox = {
    item,
    // ItemChanged (pinned taskpane) is registered on the mailbox, the rest on the item.
    addHandlerAsync: (eventType: string, handler: (args: unknown) => void, ...args: unknown[]) =>
      addHandler(eventType, handler, args),
    removeHandlerAsync: (eventType: string, ...args: unknown[]) => removeHandler(eventType, args),
  };
  const office = {
    host: "outlook",
    context: {
      displayLanguage: opts.displayLanguage || "da-DK",
      mailbox,
      requirements: {
        isSetSupported: (name: string, version: string) => name === "Mailbox" && versionAtLeast(settings.mailbox, version),
      },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => unknown) => {
        associated[name] = fn;
      },
    },
    /** Office.js runs this once the host is there; the fake host is there at once. */
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      return new Promise((resolve) => {
        setTimeout(() => {
          if (typeof callback === "function") callback(info);
          resolve(info);
        }, 0);
      });
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ...EVENT_TYPES },
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    MailboxEnums: {
      ItemNotificationMessageType: {
        ProgressIndicator: "progressIndicator",
        InformationalMessage: "informationalMessage",
        ErrorMessage: "errorMessage",
        InsightMessage: "insightMessage",
      },
      ItemType: { Message: "message", Appointment: "appointment" },
    },
  };

  return {
    state,
    misbehave,
    calls,
    associated,
    settings,
    item,
    office,
    handlers,
    fire(eventType: string, args: { [key: string]: unknown } = {}) {
      for (const h of (handlers[eventType] || []).slice()) {
        try {
          h({ type: eventType, ...args });
        } catch (e) {
          // Outlook does not let a handler's throw reach the host
        }
      }
    },
    onChange(listener: (change: FakeChange) => void) {
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  };
}
