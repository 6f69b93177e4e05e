// The playground: an Outlook-like compose form that runs the add-in's real code without Outlook.
//
// - window.Office is the fake Office surface of fake-mailbox.ts (the same fake the jest suites
//   use); the compose form is mirrored into its item (subject, body, recipients, attachments).
// - The real taskpane runs in the frame beside it (playground-taskpane.html: taskpane.html with
//   Office.js from the CDN replaced by this page's fake, through window.spgPlayground.office()).
// - Send calls the real onMessageSendHandler with an event whose completed() shows what Outlook
//   would: the Smart Alerts dialog, or the message as sent with its internet headers.
// - The other launch events and the ribbon command run the real handlers too (launchevent.ts).
// - The developer panel injects faults per Office method and removes the secure-post marker (the
//   vanishing tab of 2012), so every row of the decision table can be tried.

import { Lang } from "../core/i18n";
import { HANDLERS } from "../launchevent/launchevent";
import { onMessageSendHandler } from "../launchevent/on-message-send";
import { TASKPANE_COMMAND_ID } from "../office/complete";
import { currentPolicy } from "../office/policy-source";
import {
  ALL_METHODS,
  createFakeMailbox,
  EVENT_TYPES,
  FakeAttachment,
  FakeChange,
  FakeMailbox,
  FakeRecipient,
  MethodName,
  Misbehaviour,
  MISBEHAVIOURS,
} from "./fake-mailbox";
import { SAMPLES, syntheticCpr, withHyphen } from "./samples";

const TEXTS: { [key: string]: [string, string] } = {
  appTitle: ["Secure Post Guard – legeplads", "Secure Post Guard – playground"],
  tagline: ["Prøv tilføjelsesprogrammet uden Outlook", "Try the add-in without Outlook"],
  send: ["Send", "Send"],
  discard: ["Kassér", "Discard"],
  ribbonGroup: ["Sikker post", "Secure post"],
  ribbonArm: ["Send sikkert", "Send securely"],
  ribbonPane: ["Status for sikker post", "Secure post status"],
  composeTitle: ["Ny mail", "New message"],
  to: ["Til", "To"],
  subject: ["Emne", "Subject"],
  attachments: ["Vedhæftet", "Attached"],
  addFile: ["Tilføj fil…", "Add file…"],
  sampleLabel: ["Eksempelfil", "Sample file"],
  addSample: ["Vedhæft eksempel", "Attach sample"],
  removeAttachment: ["Fjern", "Remove"],
  formatting: ["Formatering", "Formatting"],
  bold: ["Fed", "Bold"],
  italic: ["Kursiv", "Italic"],
  underline: ["Understreget", "Underline"],
  bullets: ["Punktopstilling", "Bulleted list"],
  insertCpr: ["Indsæt eksempel-CPR-nummer", "Insert example CPR number"],
  bodyLabel: ["Brødtekst", "Message body"],
  bodyPlaceholder: ["Skriv din mail her…", "Write your message here…"],
  sentTitle: ["Sendt", "Sent"],
  sentHeaders: ["Internetheaders der gik med", "Internet headers that went out"],
  sentSecure: [
    "X-Secure-Post er sat: serverens transportregel signerer og krypterer mailen.",
    "X-Secure-Post is set: the server's transport rule signs and encrypts the message.",
  ],
  sentPlain: ["Ingen X-Secure-Post: mailen gik som almindelig mail.", "No X-Secure-Post: the message went as ordinary e-mail."],
  noHeaders: ["(ingen)", "(none)"],
  newMessage: ["Ny mail", "New message"],
  devTitle: ["Udvikler: fejl, bortfald og mailens tilstand", "Developer: faults, lapses and the item's state"],
  devSecure: ["Sikker post", "Secure post"],
  removeMarker: ["Fjern sikker-post-markering", "Remove secure-post marker"],
  signOnly: ["Simulér manipuleret markering", "Simulate a tampered marker"],
  noSessionData: ["Klient uden sessionData (klassisk 2024)", "Client without sessionData (classic, 2024)"],
  mailboxSet: ["Understøttet Mailbox-sæt", "Supported Mailbox set"],
  slowMs: ['"slow" svarer efter (ms)', '"slow" answers after (ms)'],
  devFaults: ["Fejl pr. Office-metode", "Faults per Office method"],
  devState: ["Mailens tilstand (headers, sessionData, notifikationer)", "The item's state (headers, sessionData, notifications)"],
  devLog: ["Hændelser", "Events"],
  faultNone: ["normal", "normal"],
  faultFor: ["Fejl for", "Fault for"],
  paneTitle: ["Sikker post-vagt", "Secure Post Guard"],
  closePane: ["Luk panelet", "Close the pane"],
  paneFrame: ["Sikker post-vagt: opgaverude", "Secure Post Guard: taskpane"],
  addinName: ["Sikker post-vagt", "Secure Post Guard"],
  dontSend: ["Send ikke", "Don't send"],
  checking: ["Sikker post-vagt kontrollerer mailen…", "Secure Post Guard is checking the message…"],
  longer: [
    "Sikker post-vagt tager længere tid end forventet…",
    "Secure Post Guard is taking longer than expected…",
  ],
  logSent: ["Send: mailen er sendt", "Send: the message was sent"],
  logStopped: ["Send: stoppet", "Send: stopped"],
  logRemoved: [
    "Markeringen er fjernet fra mailen (som den forsvundne fane i 2012)",
    "The marker was removed from the message (like the vanishing tab of 2012)",
  ],
  logSignOnly: ["Markeringens værdi er ændret (manipuleret)", "The marker's value was changed (tampered)"],
  logDouble: ["completed() kaldt igen: ignoreret", "completed() called again: ignored"],
  logThrew: ["Send-handleren kastede en fejl", "The send handler threw"],
};

function $(id: string): HTMLElement {
  return document.getElementById(id) as HTMLElement;
}

function input(id: string): HTMLInputElement {
  return document.getElementById(id) as HTMLInputElement;
}

function initialLang(): Lang {
  const q = new URLSearchParams(location.search).get("lang");
  if (q === "en" || q === "da") return q;
  return /^da\b/i.test(navigator.language || "") ? "da" : "en";
}

let lang: Lang = initialLang();
let fake: FakeMailbox;
let stashedSessionData: unknown = null;
let paneLoads = 0;
let attachmentSeq = 0;
let cprSeed = 0;

function t(key: string): string {
  return TEXTS[key][lang === "da" ? 0 : 1];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// ---- the fake Office surface ------------------------------------------------------------------

function faultSelections(): Partial<Record<MethodName, Misbehaviour>> {
  const out: Partial<Record<MethodName, Misbehaviour>> = {};
  for (const m of ALL_METHODS) {
    const sel = document.getElementById(faultId(m)) as HTMLSelectElement | null;
    if (sel && sel.value) out[m] = sel.value as Misbehaviour;
  }
  return out;
}

function officeLanguage(): string {
  return lang === "da" ? "da-DK" : "en-US";
}

/** A fresh compose item, as when Outlook opens a new message. */
function newItem(): void {
  fake = createFakeMailbox({
    displayLanguage: officeLanguage(),
    mailbox: (document.getElementById("mailbox-set") as HTMLSelectElement).value,
    slowMs: Number(input("slow-ms").value) || 0,
    misbehave: faultSelections(),
  });
  (window as unknown as { Office: unknown }).Office = fake.office;
  stashedSessionData = null;
  applySessionDataToggle();
  fake.onChange(onItemChange);
}

/** What the item's API changed is mirrored in the form, as Outlook's compose form would show it. */
function onItemChange(change: FakeChange): void {
  if (change === "body") {
    const body = $("body");
    if (body.innerHTML !== fake.state.bodyHtml) body.innerHTML = fake.state.bodyHtml;
  } else if (change === "subject") {
    input("subject").value = fake.state.subject;
  } else if (change === "notifications") {
    renderInfobar();
  }
  renderState();
}

function launchEvent(name: string, extra: { [key: string]: unknown } = {}): { [key: string]: unknown } {
  return {
    ...extra,
    completed: (options?: unknown) => log(`${name} → completed(${options ? JSON.stringify(options) : ""})`),
  };
}

function runHandler(name: string, event: { [key: string]: unknown }): void {
  const h = HANDLERS[name];
  if (!h) return;
  try {
    const r = h(event) as Promise<unknown> | undefined;
    if (r && typeof r.then === "function") r.then(renderState, renderState);
  } catch (e) {
    log(`${name} threw: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// ---- the form -----------------------------------------------------------------------------------

function parseRecipients(text: string): FakeRecipient[] {
  return text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const m = /^(.*?)\s*<([^>]+)>$/.exec(s);
      return m ? { displayName: m[1] || m[2], emailAddress: m[2] } : { displayName: s, emailAddress: s };
    });
}

function recipientsChanged(field: "to" | "cc"): void {
  fake.state[field] = parseRecipients(input(field).value);
  const changedRecipientFields = { to: field === "to", cc: field === "cc", bcc: false };
  fake.fire(EVENT_TYPES.RecipientsChanged, { changedRecipientFields });
  runHandler("onMessageRecipientsChangedHandler", launchEvent("OnMessageRecipientsChanged", { changedRecipientFields }));
}

function syncBody(): void {
  fake.state.bodyHtml = $("body").innerHTML;
}

function insertExampleCpr(): void {
  const seed = ++cprSeed;
  const digits = syntheticCpr(1950 + ((seed * 7) % 45), 1 + ((seed * 5) % 12), 1 + ((seed * 11) % 28), seed);
  const text = `CPR-nr. ${withHyphen(digits)}`;
  const body = $("body");
  body.focus();
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !body.contains(sel.anchorNode)) {
    const range = document.createRange();
    range.selectNodeContents(body);
    range.collapse(false);
    if (sel) {
      sel.removeAllRanges();
      sel.addRange(range);
    }
  }
  if (!document.execCommand("insertText", false, text)) body.insertAdjacentText("beforeend", text);
  syncBody();
}

function attachmentDetails(a: FakeAttachment): { [key: string]: unknown } {
  return {
    id: a.id,
    name: a.name,
    contentType: a.contentType,
    attachmentType: a.attachmentType || "file",
    isInline: false,
    size: a.content.length,
  };
}

function attachmentsChanged(status: "added" | "removed", a: FakeAttachment): void {
  const details = attachmentDetails(a);
  fake.fire(EVENT_TYPES.AttachmentsChanged, { attachmentStatus: status, attachmentDetails: details });
  runHandler(
    "onMessageAttachmentsChangedHandler",
    launchEvent("OnMessageAttachmentsChanged", { attachmentStatus: status, attachmentDetails: [details] }),
  );
}

function addAttachment(a: Omit<FakeAttachment, "id">): void {
  const att: FakeAttachment = { ...a, id: `AAMkAGplayground${++attachmentSeq}` };
  fake.state.attachments.push(att);
  renderAttachments();
  attachmentsChanged("added", att);
}

function removeAttachment(id: string): void {
  const i = fake.state.attachments.findIndex((a) => a.id === id);
  if (i < 0) return;
  const [att] = fake.state.attachments.splice(i, 1);
  renderAttachments();
  attachmentsChanged("removed", att);
}

function renderAttachments(): void {
  const list = $("attachment-list");
  list.textContent = "";
  for (const a of fake.state.attachments) {
    const li = document.createElement("li");
    li.className = "chip";
    li.appendChild(document.createTextNode(a.name));
    const rm = document.createElement("button");
    rm.type = "button";
    rm.textContent = "✕";
    rm.setAttribute("aria-label", `${t("removeAttachment")} ${a.name}`);
    rm.addEventListener("click", () => removeAttachment(a.id));
    li.appendChild(rm);
    list.appendChild(li);
  }
}

function addFiles(files: FileList | null): void {
  if (!files) return;
  Array.prototype.forEach.call(files, (file: File) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result || "");
      addAttachment({ name: file.name, contentType: file.type || "application/octet-stream", content: url.slice(url.indexOf(",") + 1) });
    };
    reader.readAsDataURL(file);
  });
}

function renderSamples(): void {
  const sel = $("sample") as HTMLSelectElement;
  const current = sel.value;
  sel.textContent = "";
  for (const s of SAMPLES) {
    const o = document.createElement("option");
    o.value = s.key;
    o.textContent = s.label[lang === "da" ? 0 : 1];
    sel.appendChild(o);
  }
  if (current) sel.value = current;
}

function renderInfobar(): void {
  const bar = $("infobar");
  bar.textContent = "";
  const notes = fake.state.notifications;
  for (const key of Object.keys(notes)) {
    const n = notes[key];
    const div = document.createElement("div");
    div.className = `notice ${n.type}`;
    div.setAttribute("data-key", key);
    const icon = document.createElement("span");
    icon.className = "badge";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = n.type === "errorMessage" ? "!" : n.type === "progressIndicator" ? "…" : "i";
    div.appendChild(icon);
    const text = document.createElement("span");
    text.textContent = n.message;
    div.appendChild(text);
    bar.appendChild(div);
  }
}

function renderState(): void {
  if (fake.calls.length > 5000) fake.calls.splice(0, fake.calls.length - 1000);
  const s = fake.state;
  const session: { [key: string]: unknown } = {};
  if (s.sessionData) {
    for (const k of Object.keys(s.sessionData)) {
      try {
        session[k] = JSON.parse(s.sessionData[k]);
      } catch (e) {
        session[k] = s.sessionData[k];
      }
    }
  }
  $("item-state").textContent = JSON.stringify(
    {
      internetHeaders: s.headers,
      sessionData: fake.item.sessionData ? session : "(no sessionData API)",
      sensitivityLabel: s.label,
      notificationMessages: s.notifications,
      mailboxRequirementSet: fake.settings.mailbox,
    },
    null,
    2,
  );
}

function log(text: string): void {
  const li = document.createElement("li");
  const now = new Date();
  const hh = [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => (n < 10 ? "0" : "") + n).join(":");
  li.textContent = `${hh} ${text}`;
  const list = $("event-log");
  list.insertBefore(li, list.firstChild);
  while (list.children.length > 60) list.removeChild(list.lastChild as Node);
}

// ---- taskpane -----------------------------------------------------------------------------------

function loadPane(): void {
  const frame = $("taskpane-frame") as HTMLIFrameElement;
  frame.src = `playground-taskpane.html?v=${++paneLoads}`;
}

function openPane(): void {
  const pane = $("pane");
  if (pane.hidden) {
    pane.hidden = false;
    loadPane();
  }
  $("ribbon-pane").setAttribute("aria-pressed", "true");
  ($("taskpane-frame") as HTMLIFrameElement).focus();
}

function closePane(): void {
  $("pane").hidden = true;
  ($("taskpane-frame") as HTMLIFrameElement).src = "about:blank";
  $("ribbon-pane").setAttribute("aria-pressed", "false");
}

// ---- Send and the Smart Alerts dialog -------------------------------------------------------------

let sending = false;

function send(): void {
  if (sending) return;
  sending = true;
  ($("send") as HTMLButtonElement).disabled = true;
  const started = Date.now();
  const status = $("sending");
  status.textContent = t("checking");
  status.hidden = false;
  // Outlook says this after about 5 seconds (script load included).
  const longer = setTimeout(() => (status.textContent = t("longer")), 5000);
  let answers = 0;
  const event = {
    completed: (options?: { allowEvent?: boolean; [key: string]: unknown }) => {
      answers++;
      if (answers > 1) {
        log(t("logDouble"));
        return;
      }
      clearTimeout(longer);
      status.hidden = true;
      sending = false;
      ($("send") as HTMLButtonElement).disabled = false;
      const ms = Date.now() - started;
      log(`${options && options.allowEvent ? t("logSent") : t("logStopped")} (${ms} ms): completed(${JSON.stringify(options || {})})`);
      renderState();
      if (options && options.allowEvent === true) showSent();
      else showSmartAlert(options || {});
    },
  };
  try {
    onMessageSendHandler(event);
  } catch (e) {
    log(`${t("logThrew")}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Outlook (Mailbox 1.15) renders errorMessageMarkdown: bold, bullet lists and paragraphs. */
export function renderMarkdown(md: string): string {
  return md
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split("\n");
      const inline = (s: string) => escapeHtml(s).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
      if (lines.every((l) => /^\s*[-*] /.test(l))) {
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*] /, ""))}</li>`).join("")}</ul>`;
      }
      return `<p>${lines.map(inline).join("<br>")}</p>`;
    })
    .join("");
}

let dialogOptions: { [key: string]: unknown } = {};

function showSmartAlert(options: { [key: string]: unknown }): void {
  dialogOptions = options;
  $("smart-alert-title").textContent = t("addinName");
  const msg = $("smart-alert-message");
  const md = options.errorMessageMarkdown;
  if (typeof md === "string" && md && fake.office.context.requirements.isSetSupported("Mailbox", "1.15")) {
    msg.innerHTML = renderMarkdown(md);
  } else {
    msg.textContent = "";
    const p = document.createElement("p");
    p.textContent = typeof options.errorMessage === "string" ? options.errorMessage : "";
    msg.appendChild(p);
  }
  $("smart-alert-cancel").textContent = typeof options.cancelLabel === "string" && options.cancelLabel ? options.cancelLabel : t("dontSend");
  $("smart-alert-scrim").hidden = false;
  $("smart-alert-ok").focus();
}

function closeSmartAlert(openTaskpane: boolean): void {
  $("smart-alert-scrim").hidden = true;
  if (openTaskpane && dialogOptions.commandId === TASKPANE_COMMAND_ID) openPane();
  else $("body").focus();
}

function showSent(): void {
  const s = fake.state;
  const headerName = currentPolicy().markers.header.name.toLowerCase();
  const names = Object.keys(s.headers);
  const secure = names.some((n) => n.toLowerCase() === headerName);
  const rows = $("sent-headers");
  rows.textContent = "";
  for (const n of names.length ? names : [""]) {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    const td = document.createElement("td");
    if (n) {
      th.innerHTML = `<code>${escapeHtml(n)}</code>`;
      td.innerHTML = `<code>${escapeHtml(s.headers[n])}</code>`;
    } else {
      th.textContent = t("noHeaders");
    }
    tr.appendChild(th);
    tr.appendChild(td);
    rows.appendChild(tr);
  }
  const summary = $("sent-summary");
  summary.textContent = "";
  const verdict = document.createElement("strong");
  verdict.className = secure ? "secure" : "plain";
  verdict.textContent = secure ? t("sentSecure") : t("sentPlain");
  summary.appendChild(verdict);
  const what = document.createElement("span");
  what.className = "muted";
  const recipients = s.to.concat(s.cc).map((r) => r.emailAddress).join(", ");
  what.textContent =
    `${t("to")}: ${recipients || "–"} · ${t("subject")}: ${s.subject || "–"} · ` +
    `${t("attachments")}: ${s.attachments.length ? s.attachments.map((a) => a.name).join(", ") : "–"}`;
  summary.appendChild(document.createElement("br"));
  summary.appendChild(what);
  $("compose").hidden = true;
  $("sent").hidden = false;
  // The compose form is closed: its notification bar and commands go with it.
  $("infobar").textContent = "";
  setComposeCommands(false);
  closePane();
  ($("new-message") as HTMLButtonElement).focus();
}

// ---- developer panel ------------------------------------------------------------------------------

function faultId(m: MethodName): string {
  return "fault-" + m.replace(/\./g, "-");
}

function renderFaults(): void {
  const body = $("faults");
  body.textContent = "";
  for (const m of ALL_METHODS) {
    const tr = document.createElement("tr");
    const name = document.createElement("td");
    name.innerHTML = `<code>${m}</code>`;
    const cell = document.createElement("td");
    const sel = document.createElement("select");
    sel.id = faultId(m);
    sel.setAttribute("aria-label", `${t("faultFor")} ${m}`);
    for (const how of [""].concat(MISBEHAVIOURS)) {
      const o = document.createElement("option");
      o.value = how;
      o.textContent = how || t("faultNone");
      sel.appendChild(o);
    }
    sel.value = fake.misbehave[m] || "";
    sel.addEventListener("change", () => {
      if (sel.value) fake.misbehave[m] = sel.value as Misbehaviour;
      else delete fake.misbehave[m];
      log(`${m}: ${sel.value || t("faultNone")}`);
    });
    cell.appendChild(sel);
    tr.appendChild(name);
    tr.appendChild(cell);
    body.appendChild(tr);
  }
}

function removeMarker(): void {
  const m = currentPolicy().markers;
  for (const k of Object.keys(fake.state.headers)) if (k.toLowerCase() === m.header.name.toLowerCase()) delete fake.state.headers[k];
  const tag = m.subjectTag;
  if (tag && fake.state.subject.indexOf(tag) >= 0) {
    fake.state.subject = fake.state.subject.replace(tag, "").trim();
    input("subject").value = fake.state.subject;
  }
  log(t("logRemoved"));
  renderState();
}

function signOnlyMarker(): void {
  fake.state.headers[currentPolicy().markers.header.name] = "sign";
  log(t("logSignOnly"));
  renderState();
}

function applySessionDataToggle(): void {
  const off = input("no-session-data").checked;
  if (off && fake.item.sessionData) {
    stashedSessionData = fake.item.sessionData;
    delete fake.item.sessionData;
  } else if (!off && !fake.item.sessionData && stashedSessionData) {
    fake.item.sessionData = stashedSessionData;
    stashedSessionData = null;
  }
}

// ---- language and start -----------------------------------------------------------------------------

function applyTexts(): void {
  document.documentElement.lang = lang;
  document.title = t("appTitle");
  const each = (sel: string, f: (el: HTMLElement, key: string) => void) =>
    Array.prototype.forEach.call(document.querySelectorAll(sel), (el: HTMLElement) => f(el, el.getAttribute(sel.slice(1, -1)) || ""));
  each("[data-t]", (el, key) => (el.textContent = t(key)));
  each("[data-ta]", (el, key) => {
    el.setAttribute(el.tagName === "IFRAME" ? "title" : "aria-label", t(key));
    if (el.tagName === "BUTTON") el.title = t(key);
  });
  $("format-toolbar").setAttribute("aria-label", t("formatting"));
  $("body").setAttribute("data-placeholder", t("bodyPlaceholder"));
  $("lang-da").setAttribute("aria-pressed", String(lang === "da"));
  $("lang-en").setAttribute("aria-pressed", String(lang === "en"));
  renderSamples();
  renderFaults();
  renderAttachments();
}

function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  fake.office.context.displayLanguage = officeLanguage();
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(null, "", url.toString());
  applyTexts();
  // The taskpane reads the display language when it starts, as in Outlook.
  if (!$("pane").hidden) loadPane();
}

function setComposeCommands(on: boolean): void {
  for (const id of ["send", "ribbon-arm", "ribbon-pane"]) ($(id) as HTMLButtonElement).disabled = !on;
}

function newMessage(): void {
  newItem();
  setComposeCommands(true);
  input("to").value = "";
  input("cc").value = "";
  input("subject").value = "";
  $("body").innerHTML = "";
  $("compose").hidden = false;
  $("sent").hidden = true;
  $("smart-alert-scrim").hidden = true;
  renderAttachments();
  renderInfobar();
  renderState();
  $("pane").hidden = true;
  openPane();
  runHandler("onNewMessageComposeHandler", launchEvent("OnNewMessageCompose"));
  input("to").focus();
}

function wire(): void {
  $("lang-da").addEventListener("click", () => setLang("da"));
  $("lang-en").addEventListener("click", () => setLang("en"));
  $("send").addEventListener("click", send);
  $("discard").addEventListener("click", newMessage);
  $("new-message").addEventListener("click", newMessage);
  $("ribbon-arm").addEventListener("click", () => runHandler("armSecurePost", launchEvent("armSecurePost")));
  $("ribbon-pane").addEventListener("click", () => ($("pane").hidden ? openPane() : closePane()));
  $("pane-close").addEventListener("click", closePane);
  input("subject").addEventListener("input", () => (fake.state.subject = input("subject").value));
  for (const field of ["to", "cc"] as const) {
    input(field).addEventListener("input", () => (fake.state[field] = parseRecipients(input(field).value)));
    input(field).addEventListener("change", () => recipientsChanged(field));
  }
  $("body").addEventListener("input", syncBody);
  Array.prototype.forEach.call(document.querySelectorAll("#format-toolbar [data-cmd]"), (b: HTMLElement) => {
    b.addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection in the body
    b.addEventListener("click", () => {
      $("body").focus();
      document.execCommand(b.getAttribute("data-cmd") as string, false);
      syncBody();
    });
  });
  $("insert-cpr").addEventListener("mousedown", (e) => e.preventDefault());
  $("insert-cpr").addEventListener("click", insertExampleCpr);
  $("add-file").addEventListener("click", () => input("file-input").click());
  input("file-input").addEventListener("change", () => {
    addFiles(input("file-input").files);
    input("file-input").value = "";
  });
  $("add-sample").addEventListener("click", () => {
    const key = ($("sample") as HTMLSelectElement).value;
    const sample = SAMPLES.filter((s) => s.key === key)[0];
    if (sample) addAttachment(sample.make());
  });
  $("smart-alert-cancel").addEventListener("click", () => closeSmartAlert(true));
  $("smart-alert-ok").addEventListener("click", () => closeSmartAlert(false));
  $("smart-alert-scrim").addEventListener("keydown", (e) => {
    if (e.key === "Escape") closeSmartAlert(false);
    if (e.key === "Tab") {
      // keep focus inside the modal dialog
      const a = $("smart-alert-cancel");
      const b = $("smart-alert-ok");
      if (e.shiftKey && document.activeElement === a) (b.focus(), e.preventDefault());
      else if (!e.shiftKey && document.activeElement === b) (a.focus(), e.preventDefault());
    }
  });
  $("remove-marker").addEventListener("click", removeMarker);
  $("signonly-marker").addEventListener("click", signOnlyMarker);
  input("no-session-data").addEventListener("change", () => {
    applySessionDataToggle();
    renderState();
  });
  $("mailbox-set").addEventListener("change", () => {
    fake.settings.mailbox = ($("mailbox-set") as HTMLSelectElement).value;
    renderState();
  });
  input("slow-ms").addEventListener("change", () => (fake.settings.slowMs = Number(input("slow-ms").value) || 0));
}

/** For the taskpane frame (and a curious developer's console). */
(window as unknown as { spgPlayground: unknown }).spgPlayground = {
  office: () => fake.office,
  get fake() {
    return fake;
  },
};

newItem();
applyTexts();
wire();
newMessage();
