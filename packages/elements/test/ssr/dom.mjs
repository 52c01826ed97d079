// Reading server-rendered HTML in tests: parse5 (the parser @lit-labs/ssr uses) turns the string into a tree;
// a declarative shadow root is the content of the host's <template shadowrootmode>.
import { parseFragment } from 'parse5';

const isElement = (n) => typeof n.tagName === 'string';
const kids = (n) => (n.tagName === 'template' ? n.content.childNodes : n.childNodes ?? []);

/** The rendered host element and its shadow root's content. */
export function parseHost(html) {
  const fragment = parseFragment(html);
  const hosts = fragment.childNodes.filter(isElement);
  if (hosts.length !== 1) throw new Error(`expected one element, got ${hosts.length}`);
  const host = hosts[0];
  const template = host.childNodes.find((n) => n.tagName === 'template' && attr(n, 'shadowrootmode') === 'open');
  if (!template) throw new Error(`<${host.tagName}> has no declarative shadow root`);
  return { host, shadow: template.content };
}

export function attr(el, name) {
  return el.attrs?.find((a) => a.name === name)?.value;
}

export const hasAttr = (el, name) => el.attrs?.some((a) => a.name === name) ?? false;

/** Every element under `root` (depth first, in document order) that `pred` accepts. */
export function all(root, pred = () => true) {
  const out = [];
  const walk = (n) => {
    for (const c of kids(n)) {
      if (isElement(c)) {
        if (pred(c)) out.push(c);
        walk(c);
      }
    }
  };
  walk(root);
  return out;
}

/** Elements by tag name and optional attribute values (`{part: 'contact-phone'}`); a class is matched as a word. */
export function find(root, tag, attrs = {}) {
  return all(root, (el) => (tag === '*' || el.tagName === tag) && Object.entries(attrs).every(([k, v]) =>
    k === 'class' ? (attr(el, 'class') ?? '').split(/\s+/).includes(v) : v === true ? hasAttr(el, k) : attr(el, k) === v));
}

export function one(root, tag, attrs = {}) {
  const found = find(root, tag, attrs);
  if (found.length !== 1) throw new Error(`expected one <${tag}> ${JSON.stringify(attrs)}, found ${found.length}`);
  return found[0];
}

/** The text a reader sees (comments left out), whitespace collapsed. */
export function text(node) {
  let s = '';
  const walk = (n) => {
    if (n.nodeName === '#text') s += n.value;
    else if (n.nodeName !== '#comment' && n.nodeName !== 'style') for (const c of kids(n)) walk(c);
  };
  walk(node);
  return s.replace(/\s+/g, ' ').trim();
}
