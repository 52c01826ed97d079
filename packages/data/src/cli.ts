/**
 * gr-data: validate and export Göteborgsregionen's dataset.
 *   gr-data validate FILE|DIR
 *   gr-data export --format json|csv|ics [--collection C] [--committee ID] [--out FILE] [FILE]
 *   gr-data report [options] [FILE|DIR]
                                  what needs attention: terms ended without a published successor
                                  term, facts older than N months, bodies with no meeting in the last
                                  year, open questions (this package's dataset, or FILE/DIR)
  gr-data build DIR [--from FILE|DIR]   (build-dir.ts)
 *   gr-data report [--at DATE] [--older-than MONTHS] [FILE|DIR]   (report.ts)
 * Each command is one function taking its arguments and returning an exit code; `COMMANDS` lists them.
 * Exit codes: 0 ok, 1 invalid data, 2 usage or I/O error. Never prints a stack trace.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  committeeToICS,
  CSV_COLLECTIONS,
  dataset as bundled,
  DatasetError,
  formatIssue,
  getMeetingOwner,
  issueFile,
  parseDataset,
  toCSV,
  type CsvCollection,
  type Dataset,
} from './index.js';
import { writeDataRelease } from './build-dir.js';
import { datasetReport, formatReport } from './report.js';

const USAGE = `gr-data: Göteborgsregionen's dataset (@goteborgsregionen/data)

Usage:
  gr-data validate FILE           validate a dataset JSON file (e.g. dist/dataset.json)
  gr-data validate DIR            validate a data/ directory (meta.json, networks.json, …)
  gr-data export [options] [FILE] export the bundled dataset, or FILE after validating it
  gr-data report [options] [FILE|DIR]
                                  what needs attention: terms ended without a published successor
                                  term, facts older than N months, bodies with no meeting in the last
                                  year, open questions (this package's dataset, or FILE/DIR)
  gr-data build DIR [--from FILE|DIR]
                                  write the data folder of the elements' CDN build (dataset.json,
                                  ics/, vcf/) into DIR, from this package's dataset or FILE/DIR

Report options:
  --at DATE                       the date to report for, YYYY-MM-DD (default: today)
  --older-than MONTHS             facts older than this many months (default: 12)
  --json                          the report as JSON

Export options:
  --format json|csv|ics           output format (default: json)
  --collection NAME               for csv: ${CSV_COLLECTIONS.join(', ')}
  --committee ID                  for ics: a committee or network id
  --out FILE                      write to FILE instead of standard output

  -h, --help                      show this help

Exit codes: 0 ok, 1 the data is invalid, 2 usage or file error.
`;

class UsageError extends Error {}

/** The files of a data/ directory and the dataset key each holds. */
const FILES: readonly [file: string, key: string][] = [
  ['organisation.json', 'organisation'],
  ['municipalities.json', 'municipalities'],
  ['organisations.json', 'organisations'],
  ['areas.json', 'areas'],
  ['parties.json', 'parties'],
  ['people.json', 'people'],
  ['networks.json', 'networks'],
  ['terms.json', 'terms'],
  ['committees.json', 'committees'],
  ['open-questions.json', 'openQuestions'],
];

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A data/ directory assembled like src/dataset.ts does. */
function readDirectory(dir: string): unknown {
  const present = new Set(readdirSync(dir));
  if (!present.has('meta.json')) throw new UsageError(`${dir} has no meta.json; is it a data/ directory?`);
  const meta = readJson(join(dir, 'meta.json'));
  const out: Record<string, unknown> = typeof meta === 'object' && meta !== null ? { ...meta } : {};
  for (const [file, key] of FILES) if (present.has(file)) out[key] = readJson(join(dir, file));
  return out;
}

/** What was loaded: the input, and the files read (with the directory when a data/ directory was given). */
interface Loaded {
  input: unknown;
  /** The data/ directory given, as given; undefined for a single file. */
  directory: string | undefined;
  /** Every file read, as paths relative to the current directory or absolute, as given. */
  files: string[];
}

function load(path: string): Loaded {
  let directory = false;
  try {
    directory = statSync(path).isDirectory();
  } catch {
    // readJson reports the missing file
  }
  if (!directory) return { input: readJson(path), directory: undefined, files: [path] };
  const present = new Set(readdirSync(path));
  return { input: readDirectory(path), directory: path, files: ['meta.json', ...FILES.map(([f]) => f)].filter((f) => present.has(f)).map((f) => join(path, f)) };
}

/** Each issue on its own line; for a data/ directory, prefixed with the real path of the file it is in. */
function reportIssues(error: DatasetError, directory: string | undefined): void {
  for (const issue of error.issues) {
    console.error(directory !== undefined ? `${join(directory, basename(issueFile(issue.path)))}: ${formatIssue(issue)}` : formatIssue(issue));
  }
  console.error(`${error.issues.length} ${error.issues.length === 1 ? 'issue' : 'issues'} found.`);
}

/**
 * The dataset to work on: FILE or DIR after validating it, or the bundled dataset when none is given.
 * On invalid data every issue is reported (with real file paths) and the result is undefined.
 */
function datasetFrom(path: string | undefined): Dataset | undefined {
  if (!path) return bundled;
  const { input, directory } = load(path);
  try {
    return parseDataset(input);
  } catch (error) {
    if (error instanceof DatasetError) {
      reportIssues(error, directory);
      return undefined;
    }
    throw error;
  }
}

function summary(data: Dataset): string {
  const meetings =
    data.committees.reduce((n, c) => n + c.meetings.length, 0) +
    data.networks.reduce((n, x) => n + (x.meetings?.length ?? 0), 0);
  return (
    `${data.municipalities.length} municipalities, ${data.networks.length} networks, ` +
    `${data.committees.length} committees, ${data.people.length} people, ${meetings} meetings; compiled ${data.lastUpdated}`
  );
}

function validate(args: string[]): number {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError('validate takes one FILE or DIR');
  const { input, directory, files } = load(file);
  try {
    const data = parseDataset(input);
    console.log(`${file}: valid (${summary(data)})`);
    if (directory !== undefined) console.log(`Read ${files.length} files: ${files.join(', ')}`);
    return 0;
  } catch (error) {
    if (error instanceof DatasetError) {
      reportIssues(error, directory);
      return 1;
    }
    throw error;
  }
}

function exportData(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      collection: { type: 'string' },
      committee: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError('export takes at most one FILE');
  const data = datasetFrom(positionals[0]);
  if (!data) return 1;
  let output: string;
  switch (values.format) {
    case 'json':
      output = `${JSON.stringify(data, null, 2)}\n`;
      break;
    case 'csv': {
      const collection = values.collection as CsvCollection | undefined;
      if (!collection) throw new UsageError(`--format csv needs --collection (${CSV_COLLECTIONS.join(', ')})`);
      if (!CSV_COLLECTIONS.includes(collection)) {
        throw new UsageError(`unknown collection "${collection}" (use ${CSV_COLLECTIONS.join(', ')})`);
      }
      output = toCSV(data, collection);
      break;
    }
    case 'ics': {
      const id = values.committee;
      if (!id) throw new UsageError('--format ics needs --committee ID (a committee or network id)');
      if (!getMeetingOwner(id, data)) {
        const known = [...data.committees, ...data.networks.filter((n) => n.meetings?.length)].map((x) => x.id);
        throw new UsageError(`unknown committee or network "${id}". Known: ${known.join(', ')}`);
      }
      output = committeeToICS(id, data);
      break;
    }
    default:
      throw new UsageError(`unknown format "${String(values.format)}" (use json, csv or ics)`);
  }
  if (values.out) {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      throw new UsageError(`cannot write ${values.out} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    console.error(`wrote ${values.out}`);
  } else {
    process.stdout.write(output);
  }
  return 0;
}

function report(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { at: { type: 'string' }, 'older-than': { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length > 1) throw new UsageError('report takes at most one FILE or DIR');
  let at: Date = new Date();
  if (values.at !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.at) || Number.isNaN(Date.parse(`${values.at}T12:00:00Z`))) {
      throw new UsageError(`--at must be a date, YYYY-MM-DD (got "${values.at}")`);
    }
    // Noon in Stockholm on that day.
    at = new Date(`${values.at}T12:00:00+01:00`);
  }
  let months = 12;
  if (values['older-than'] !== undefined) {
    months = Number(values['older-than']);
    if (!/^\d{1,3}$/.test(values['older-than'])) throw new UsageError(`--older-than must be a whole number of months (got "${values['older-than']}")`);
  }
  const data = datasetFrom(positionals[0]);
  if (!data) return 1;
  const result = datasetReport(data, { at, olderThanMonths: months });
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result));
  return 0;
}

function buildRelease(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { from: { type: 'string' } } });
  const [dir, ...rest] = positionals;
  if (!dir || rest.length > 0) throw new UsageError('build takes one DIR (e.g. public/gr/data)');
  const data = datasetFrom(values.from);
  if (!data) {
    console.error(`nothing was written to ${dir}.`);
    return 1;
  }
  let release;
  try {
    release = writeDataRelease(data, dir);
  } catch (error) {
    throw new UsageError(`cannot write ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  console.log(
    `${dir}: dataset.json (${release.datasetBytes} bytes), ${release.calendars} calendars, ` +
      `${release.meetingFiles} meeting files, ${release.vcards} vCards (${summary(data)})`,
  );
  return 0;
}

/** The commands, by name. A new command is a function here. */
const COMMANDS: Record<string, (args: string[]) => number> = {
  validate,
  export: exportData,
  report,
  build: buildRelease,
};

export function main(argv: string[]): number {
  try {
    const [command, ...rest] = argv;
    if (!command) {
      process.stderr.write(USAGE);
      return 2;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(USAGE);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}" (use ${Object.keys(COMMANDS).join(', ')})`);
    return run(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`gr-data: ${message}`);
    if (!(error instanceof UsageError) && !(error as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      console.error('gr-data: this is a bug; please report it with the command you ran.');
    } else {
      console.error('Run "gr-data --help" for usage.');
    }
    return 2;
  }
}

// A reader that stops early (`gr-data export | head`) closes the pipe: that is not an error, so stop
// quietly instead of printing Node's EPIPE stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
