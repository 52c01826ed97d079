import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveHttpUrl, serverContext } from './env.js';

/** What the file-links controller needs of its element. */
export interface FileLinksHost extends ReactiveControllerHost {
  /** The `files-base` attribute: where the published .ics and .vcf files are. */
  filesBase?: string;
  readonly localName: string;
}

export interface FileLinksOptions {
  /** Whether the element shows the published data (whose files lie at the files base). */
  published: () => boolean;
  /** console.warn once per element and key. */
  warnOnce: (key: string, message: string) => void;
}

/**
 * Links to calendar (.ics) and contact (.vcf) files. For the published data a link points at the
 * file published at `files-base` (default: beside the script), so it can be subscribed to; for any
 * other data the file is generated in the browser as a `blob:` URL, revoked when the element leaves
 * the page or its data changes. A server cannot generate files: there every link is to the published
 * file, at `files-base` or the render's files base (`serverContext.filesBase`).
 */
export class FileLinksController implements ReactiveController {
  private blobs = new Map<string, string>();

  constructor(
    private readonly host: FileLinksHost,
    private readonly options: FileLinksOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after its links were revoked: render them again.
    if ((this.host as { hasUpdated?: boolean }).hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets (and revokes) the generated files: call when the data changes. */
  reset(): void {
    if (typeof URL.revokeObjectURL === 'function') this.blobs.forEach((u) => URL.revokeObjectURL(u));
    this.blobs.clear();
  }

  /** The link to `path` (`ics/…`, `vcf/…`): the published file, or one generated from `generate()`. */
  href(path: string, generate: () => string, type: string): string {
    if (this.options.published() || isServer) return `${this.base()}${path}`;
    const key = `${path}\n${type}`;
    let url = this.blobs.get(key);
    if (!url) {
      url = URL.createObjectURL(new Blob([generate()], { type }));
      this.blobs.set(key, url);
    }
    return url;
  }

  /**
   * Where the published files (.ics, .vcf) live, ending in "/": absolute, or on a server without a page
   * URL a relative `files-base` as written.
   */
  base(): string {
    const given = this.host.filesBase;
    if (given) {
      // Only http(s) bases: a javascript: or data: base would turn every file link into script.
      const base = resolveHttpUrl(given.endsWith('/') ? given : `${given}/`);
      if (base) return base;
      this.options.warnOnce('files-base', `<${this.host.localName}>: files-base "${given}" is not an http(s) address; using the script's folder.`);
    }
    // A server has no script folder: the render's files base (the pre-rendering always gives one).
    if (isServer) return serverContext.filesBase ?? '';
    return moduleFolder();
  }
}

/** The folder this module was loaded from. */
function moduleFolder(): string {
  // Through a variable: bundlers such as Vite rewrite the literal `new URL('./', import.meta.url)` pattern.
  const moduleUrl = import.meta.url;
  return new URL('./', moduleUrl).href;
}
