// The add-in's pages will carry a Content-Security-Policy with connect-src 'self', and a notices
// file from another host could announce anything in the add-in's name: so a URL the policy names
// must stay on the add-in's own origin. String parsing only (no URL class): this runs in classic
// Outlook's JavaScript-only event runtime too, where URL is not promised.

/** `https://host[:port]` of an absolute https URL, lower-case, default port dropped; else null. */
export function httpsOrigin(url: string): string | null {
  const m = /^https:\/\/([^/?#\\]*)/i.exec(url);
  if (!m) return null;
  const authority = m[1].toLowerCase();
  // user:pass@host, an empty host or odd characters are not an origin we compare.
  if (!/^[a-z0-9.-]+(:[0-9]{1,5})?$/.test(authority) || authority.charAt(0) === ":") return null;
  return "https://" + authority.replace(/:443$/, "");
}

/** No scheme, not protocol-relative, nothing a browser would read as another host. */
export function isRelativeUrl(url: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return false;
  // "//host" and "/\host" are other hosts to a browser; control characters and spaces are never meant.
  if (/^[/\\]{2}/.test(url) || /[\\\u0000-\u0020\u007f]/.test(url)) return false;
  return url.length > 0;
}

/** Why `url` may not be used as the notices URL, or null when it may. `baseUrl` null: origin unknown. */
export function ownUrlProblem(url: string, baseUrl: string | null): string | null {
  if (isRelativeUrl(url)) return null;
  if (/^http:/i.test(url)) return "must be https (or relative to the add-in)";
  const origin = httpsOrigin(url);
  if (!origin) return "must be relative to the add-in or an absolute https URL on the add-in's own origin";
  if (baseUrl === null) {
    return "an absolute URL can only be checked against the add-in's origin: give the base URL (--base-url or SPG_BASE_URL) or use a relative URL";
  }
  const own = httpsOrigin(baseUrl);
  if (origin !== own) return `must be on the add-in's own origin (${own}), not ${origin}`;
  return null;
}
