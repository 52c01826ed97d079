// Generates editor and framework integrations from custom-elements.json (the JSDoc is the single source):
//   dist/jsx.d.ts                     prop types per tag (GrElementsJSX) for JSX users
//   dist/react.d.ts, dist/preact.d.ts opt-in augmentations of React's and Preact's IntrinsicElements
//   vscode.html-custom-data.json      tag and attribute hints for VS Code's HTML language service
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { elements as registry } from './elements.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// The analyzer also guesses events from `dispatchEvent(new SomeEvent(…))` calls, giving entries without a
// name or with a wrong one. Every real event is documented with @fires and is `gr-`-prefixed: keep those.
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (decl.events) decl.events = decl.events.filter((e) => typeof e.name === 'string' && e.name.startsWith('gr-'));
  }
}
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');

/** @returns {{tagName: string, name: string, description: string, attributes: any[], events: any[], module: string}[]} */
function elements() {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      out.push({
        tagName: decl.tagName,
        name: decl.name,
        description: decl.summary || decl.description || '',
        attributes: (decl.attributes ?? []).filter((a) => a.name && !a.name.startsWith('_')),
        events: (decl.events ?? []).filter((e) => e.name),
        module: mod.path,
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Tags are registered by define modules; find each class's tag there when the class has none. */
function withTags() {
  const els = elements();
  if (els.length > 0) return els;
  const tags = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'custom-element-definition') tags.set(exp.declaration?.name, exp.name);
    }
  }
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      const tag = tags.get(decl.name);
      if (decl.kind !== 'class' || !tag) continue;
      out.push({
        tagName: tag,
        name: decl.name,
        description: decl.summary || decl.description || '',
        attributes: (decl.attributes ?? []).filter((a) => a.name),
        events: (decl.events ?? []).filter((e) => e.name),
        module: mod.path,
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const els = withTags();
const missing = registry().filter((r) => !els.some((e) => e.tagName === r.tag));
if (missing.length > 0) {
  console.error(`generate-integrations: custom-elements.json has no ${missing.map((r) => `<${r.tag}>`).join(', ')} (a class with @tagname in src/<name>/<name>.ts).`);
  process.exit(1);
}

const tsType = (attr) => {
  const t = attr.type?.text ?? 'string';
  if (/^(number|boolean)( \| undefined)?$/.test(t)) return t.replace(' | undefined', '');
  if (/^('[^']*'( \| )?)+$/.test(t.replace(/ \| undefined$/, ''))) return t.replace(' | undefined', '');
  return 'string';
};
const doc = (text) => (text ? `    /** ${String(text).replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
/** The typed Event subclass of each event (src/shared/events.ts, network-finder/search-event.ts, …). */
const eventClasses = {
  'gr-data-load': 'GrDataLoadEvent',
  'gr-data-error': 'GrDataErrorEvent',
  'gr-search': 'GrSearchEvent',
  'gr-month-change': 'GrMonthChangeEvent',
};

let jsx = `// Generated from custom-elements.json by scripts/generate-integrations.mjs. Do not edit.\n`;
jsx += `import type { ${els.map((e) => e.name).join(', ')}, ${Object.values(eventClasses).join(', ')} } from './index.js';\n\n`;
jsx += `/** Attributes every GR element accepts in JSX, plus the usual global ones. */\nexport interface GrBaseJSXProps<T> {\n  id?: string;\n  class?: string;\n  className?: string;\n  lang?: string;\n  hidden?: boolean;\n  slot?: string;\n  style?: unknown;\n  key?: string | number;\n  ref?: unknown;\n  children?: unknown;\n  /** A dataset object (validated with parseDataset); set as a property. */\n  data?: T extends { data?: infer D } ? D : never;\n}\n\n`;
for (const e of els) {
  jsx += `/** <${e.tagName}>: ${e.description.replace(/\*\//g, '').replace(/\s+/g, ' ').trim()} */\nexport interface ${e.name}JSXProps extends GrBaseJSXProps<${e.name}> {\n`;
  for (const a of e.attributes) {
    if (['lang', 'hidden', 'class', 'id'].includes(a.name)) continue;
    jsx += doc(a.description) + `    '${a.name}'?: ${tsType(a)};\n`;
  }
  for (const ev of e.events) {
    // React 19 and Preact listen for the text after "on" as written: ongr-search → "gr-search".
    const type = eventClasses[ev.name] ?? 'Event';
    jsx += doc(ev.description) + `    'on${ev.name}'?: (event: ${type}) => void;\n`;
  }
  jsx += `}\n\n`;
}
jsx += `/** Tag → props, for JSX IntrinsicElements. */\nexport interface GrElementsJSX {\n${els.map((e) => `  '${e.tagName}': ${e.name}JSXProps;`).join('\n')}\n}\n`;

mkdirSync('dist', { recursive: true });
writeFileSync('dist/jsx.d.ts', jsx);
writeFileSync(
  'dist/react.d.ts',
  `// Opt in with: import type {} from '@goteborgsregionen/elements/react';\nimport type { GrElementsJSX } from './jsx.js';\n\ndeclare module 'react' {\n  // eslint-disable-next-line @typescript-eslint/no-namespace\n  namespace JSX {\n    interface IntrinsicElements extends GrElementsJSX {}\n  }\n}\n`,
);
writeFileSync(
  'dist/preact.d.ts',
  `// Opt in with: import type {} from '@goteborgsregionen/elements/preact';\nimport type { GrElementsJSX } from './jsx.js';\n\ndeclare module 'preact' {\n  // eslint-disable-next-line @typescript-eslint/no-namespace\n  namespace JSX {\n    interface IntrinsicElements extends GrElementsJSX {}\n  }\n}\n`,
);

const values = (attr) => {
  const t = (attr.type?.text ?? '').replace(/ \| undefined$/, '');
  const m = t.match(/'[^']*'/g);
  return m && m.length === t.split('|').length ? m.map((v) => ({ name: v.slice(1, -1) })) : undefined;
};
const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: els.map((e) => ({
    name: e.tagName,
    description: e.description,
    attributes: e.attributes.map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(values(a) ? { values: values(a) } : {}),
      ...(a.type?.text?.startsWith('boolean') ? { valueSet: 'v' } : {}),
    })),
    references: [{ name: 'README', url: 'https://www.npmjs.com/package/@goteborgsregionen/elements' }],
  })),
};
writeFileSync('vscode.html-custom-data.json', JSON.stringify(customData, null, 2) + '\n');
console.log(`generate-integrations: ${els.map((e) => e.tagName).join(', ')} → dist/jsx.d.ts, dist/react.d.ts, dist/preact.d.ts, vscode.html-custom-data.json`);
