/**
 * A node's content in a canonical form, to compare a hydrated shadow root with a fresh render: elements
 * with sorted attributes and text, without Lit's comment markers, stylesheet links and (property-bound)
 * input values.
 */
export function comparableMarkup(node: Node): string {
  let out = '';
  for (const n of node.childNodes) {
    if (n.nodeType === 3) out += n.nodeValue;
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName === 'link') continue;
      const attrs = [...el.attributes]
        .filter((a) => !(el.localName === 'input' && a.name === 'value'))
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(' ');
      out += `<${el.localName} ${attrs}>${comparableMarkup(el)}</${el.localName}>`;
    }
  }
  return out;
}
