// Shared shapes of the Office-free core. Nothing here may import Office.js or Node: the same
// core runs in classic Outlook's ES2016 event runtime, in the taskpane and in the CLI.

/** Where in the message a finding or an unreadable part is: `subject`, `body` or `attachment:<name>`. */
export type Location = string;

/** Maps an offset in normalised text back to the original input. */
export interface SourceMap {
  /** text.length + 1: the last entry maps the end of the text to the input's length. */
  readonly length: number;
  /** The offset in the original input of text[i]; toSource(text.length) is the input length. */
  toSource(i: number): number;
}

/** A piece of text after normalisation, with a map back to the original offsets. */
export interface NormalisedText {
  /** Text with HTML removed, look-alike characters folded, invisible characters dropped. */
  text: string;
  map: SourceMap;
}

/** One piece of personal data found in the message. Never holds the full value. */
export interface Finding {
  /** `dk-cpr`, `dk-cpr-substitute`, later `sensitive:<category>` and other identifiers. */
  type: string;
  location: Location;
  /** 0..1; the policy's minimum confidence decides whether it counts. */
  confidence: number;
  /** `DDMMYY-XXXX` for a CPR number: the serial is never kept. */
  masked: string;
  /** Offsets in the original text of that location (HTML source for an HTML body). */
  start: number;
  end: number;
  /** Why the confidence is what it is, for explanations (`mod11`, `keyword`, ...). No digits. */
  reasons: string[];
  /** Within an attachment: which part (`header`, `comments`, `sheet Ark1`, `page 3`, ...). */
  part?: string;
  /** A short snippet around the finding with every identifier masked (`…personnummer 010185-XXXX er…`). */
  context?: string;
}

/** The text a detector is given for one location. */
export interface DetectorInput {
  location: Location;
  /** Normalised text: detectors search this. */
  text: string;
  /** Normalised text lower-cased (same length), for keyword and context look-ups. */
  lower: string;
}

export interface DetectorOptions {
  /** Today, for the "not in the future" date check; injectable for tests. */
  now: Date;
}

export interface Detector {
  /** The finding types this detector can report. */
  readonly types: readonly string[];
  /** Findings with offsets in the normalised text; the scanner maps them back. */
  detect(input: DetectorInput, options: DetectorOptions): Finding[];
}

/** An attachment as the core sees it: either its text, or why it could not be read. */
export interface AttachmentInput {
  name: string;
  contentType: string;
  /** Text content when the attachment could be read and is of a kind the core scans. */
  text?: string;
  /** Whether text is HTML (decides the normaliser). */
  isHtml?: boolean;
  /** Text by part for documents with several (docx headers, comments; xlsx sheets; pdf pages). */
  segments?: { part: string; text: string; isHtml?: boolean }[];
  /** Attached messages inside it (.eml, .msg, Outlook items). */
  parts?: MessageInput[];
  /** Files inside it (zip archives). */
  children?: AttachmentInput[];
  /** Set when the add-in could not read or does not understand it. */
  unreadable?: string;
  /** The result of an earlier scan of this attachment (cached per attachment): counts as is. */
  prescanned?: AttachmentScan;
}

/** What one attachment (with everything inside it) contributed: raw findings, before policy. */
export interface AttachmentScan {
  findings: Finding[];
  unreadable: UnreadablePart[];
}

export interface MessageInput {
  subject: string;
  /** HTML body if the client gave HTML, else plain text. */
  body: string;
  bodyIsHtml: boolean;
  attachments: AttachmentInput[];
}

export interface UnreadablePart {
  location: Location;
  /** A short reason code: `too-large`, `unsupported-type`, `read-failed`, `not-scanned`, ... */
  reason: string;
}

export interface ScanResult {
  /** Findings at or above the policy's minimum confidence. */
  findings: Finding[];
  /** Findings below the minimum confidence: shown, never decisive. */
  weakFindings: Finding[];
  unreadable: UnreadablePart[];
  /** True when the policy says this message needs secure post. */
  requiresSecure: boolean;
}
