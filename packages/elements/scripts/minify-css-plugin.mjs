// esbuild plugin: minifies the CSS inside Lit `css` tagged templates (esbuild leaves template literals as
// written). Comments and indentation go; strings such as content: ' (' stay as they are.
import { readFile } from 'node:fs/promises';

/** Minify one CSS text conservatively (no ${} inside: Lit styles here are static). */
export function minifyCss(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < css.length && /\s/.test(css[i])) i++;
      const prev = out[out.length - 1];
      const next = css[i];
      // Whitespace next to these never matters; elsewhere (descendant combinators, values) keep one space.
      if (prev === undefined || next === undefined || '{};,>'.includes(prev) || '{};,>'.includes(next)) continue;
      out += ' ';
      continue;
    }
    out += c;
    i++;
  }
  return out.replace(/;}/g, '}');
}

export const minifyLitCss = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$|[\\/]shared[\\/]styles\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
      return { contents, loader: 'ts' };
    });
  },
};
