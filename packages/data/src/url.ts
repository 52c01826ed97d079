/** URL, e-mail and link checks. Only http(s), mailto and tel links are ever produced or accepted. */

// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/;

function parse(url: string): URL | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048 || WHITESPACE_OR_CONTROL.test(url)) {
    return undefined;
  }
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True for an absolute http: or https: URL with a host, no whitespace and no user name or password. */
export function isHttpUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  const u = parse(url);
  return (
    !!u &&
    (u.protocol === 'http:' || u.protocol === 'https:') &&
    u.hostname.length > 0 &&
    /^https?:\/\//i.test(url) &&
    !hasCredentials(url)
  );
}

/** Whether a URL carries a user name or password ("https://user:secret@host/"). */
export function hasCredentials(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  const u = parse(url);
  return !!u && (u.username !== '' || u.password !== '');
}

/**
 * The URL itself when it is safe to put in an `href`: http(s) with a host, `mailto:` or `tel:`.
 * `undefined` for anything else (`javascript:`, `data:`, relative URLs, non-strings).
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  if (isHttpUrl(url)) return url;
  const u = parse(url);
  if (!u) return undefined;
  if ((u.protocol === 'mailto:' || u.protocol === 'tel:') && u.pathname.length > 0) return url;
  return undefined;
}

/** A plausible e-mail address: one "@", a dotted domain, no spaces or brackets. Not a full RFC 5322 check. */
export function isEmail(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= 254 &&
    /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u.test(value) &&
    !value.includes('..')
  );
}
