// Synthetic datasets for the benchmarks: GR's real dataset with its networks replaced by `count`
// generated ones that pass parseDataset (slug ids, real area and municipality ids, seed-file sources).
// Deterministic (seeded), so every run searches the same data.

const STEMS = [
  'Arbetsmarknad',
  'Avfall',
  'Barnomsorg',
  'Beredskap',
  'Biblioteks',
  'Bostads',
  'Digitaliserings',
  'Ekonomi',
  'Elevhälsa',
  'Energi',
  'Folkhälso',
  'Fritids',
  'Förskole',
  'Grundskole',
  'Gymnasie',
  'Hållbarhets',
  'HR',
  'Integrations',
  'IT',
  'Klimat',
  'Kommunikations',
  'Kultur',
  'Kollektivtrafik',
  'Landsbygds',
  'Lärande',
  'Miljö',
  'Mobilitets',
  'Näringslivs',
  'Omsorgs',
  'Plan',
  'Räddnings',
  'Samhällsbyggnads',
  'Social',
  'Säkerhets',
  'Trafik',
  'Turism',
  'Upphandlings',
  'Vatten',
  'Välfärds',
  'Äldreomsorgs',
  'Överförmyndar',
];
const ROLES = ['chefsnätverket', 'strateggruppen', 'nätverket', 'samordnarna', 'handläggarna', 'rådet', 'forumet', 'gruppen'];
const TOPICS = [
  'samverkan',
  'kompetensutveckling',
  'erfarenhetsutbyte',
  'planering',
  'uppföljning',
  'upphandling',
  'regional utveckling',
  'digitala tjänster',
  'statistik',
  'trygghet',
  'barn och unga',
  'äldre',
  'nyanlända',
  'klimatanpassning',
  'ledarskap',
];
const KINDS = ['chefsnatverk', 'kunskaps-och-erfarenhetsutbyte', 'strateger-och-sakkunniga', 'regional-samverkan', 'natverk'];

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `base` with `count` synthetic networks (a structured clone; `base` is not changed). */
export function syntheticDataset(base, count, seed = 42) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const areas = base.areas.map((a) => a.id);
  const municipalities = base.municipalities.map((m) => m.id);
  const people = base.people.map((p) => p.id);
  const networks = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(STEMS)}${pick(ROLES)} ${pick(TOPICS)} ${i + 1}`;
    const munis = municipalities.filter(() => random() < 0.6);
    const n = {
      id: `${slug(name)}-n${i + 1}`,
      name,
      area: pick(areas),
      kind: pick(KINDS),
      municipalities: munis.length ? munis : [pick(municipalities)],
      description: {
        sv: `Nätverk för ${pick(TOPICS)} och ${pick(TOPICS)} inom ${pick(STEMS).toLowerCase()}området i Göteborgsregionen.`,
        en: `Network for ${i % 2 ? 'cooperation' : 'learning'} in the Gothenburg region.`,
      },
      participation: { basis: 'general-statement', sources: [{ seed: '001_24c41e0b47b6be3d.txt', asOf: '2023' }] },
      sources: [{ seed: '001_24c41e0b47b6be3d.txt', asOf: '2023' }],
    };
    if (random() < 0.3) n.contacts = [pick(people)];
    if (random() < 0.5) n.meetingsPerYear = { min: 2, max: 6 };
    networks.push(n);
  }
  // Keep committees' links valid: no committee points to a network, but networks may link committees.
  // Open questions about the real networks would name records this data set no longer has: keep only those
  // about records it still has (the committees).
  const kept = new Set(base.committees.map((c) => c.id));
  const openQuestions = (base.openQuestions ?? []).filter((q) => q.records.every((id) => kept.has(id)));
  return { ...structuredClone(base), networks, openQuestions: structuredClone(openQuestions) };
}

/** A query that hits some networks (a stem fragment as a person would type it). */
export const SAMPLE_QUERIES = ['miljö', 'skola', 'digital', 'äldreomsorg', 'trafik', 'kommunikation'];
