import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { preProcessFile } from 'typescript';

/**
 * The floors of one service's `src/`, read from its import statements (no tool but the
 * TypeScript parser). A file lives in a room; rooms stand on floors, bottom first. An import may
 * point at its own room or down to a lower floor: one that points up, or sideways to another room
 * of the same floor, is a wrong arrow. Tests (`*.spec.ts`) are not rooms.
 */
export interface Layering {
  /** The service's source folder (absolute). */
  root: string;
  /** Bottom first: each floor names its rooms. */
  floors: string[][];
  /** The room of a file, from its path relative to `root` ('/' separated). */
  roomOf(file: string): string;
}

/** Every source file under `root` (relative, '/' separated), tests left out. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/** What a file imports: its relative imports resolved to files under `root` (others, e.g. migrations, left out), and its packages. */
export function importsOf(root: string, file: string): { files: string[]; packages: string[] } {
  const { importedFiles } = preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  const files: string[] = [];
  const packages: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) {
      packages.push(fileName);
      continue;
    }
    const target = posix.normalize(posix.join(posix.dirname(file), fileName));
    if (target.startsWith('..')) continue;
    const resolved = [`${target}.ts`, `${target}/index.ts`, target].find((f) => existsSync(join(root, f)) && statSync(join(root, f)).isFile());
    files.push(resolved ?? `${target}.ts`);
  }
  return { files, packages };
}

/** The floor of each room. */
function floorsByRoom(l: Layering): Map<string, number> {
  const floor = new Map<string, number>();
  l.floors.forEach((rooms, i) => rooms.forEach((room) => floor.set(room, i)));
  return floor;
}

/** Files whose room stands on no floor: a new folder must be given its place. */
export function unplacedFiles(l: Layering): string[] {
  const floor = floorsByRoom(l);
  return sourceFiles(l.root)
    .filter((f) => !floor.has(l.roomOf(f)))
    .map((f) => `${f}: room «${l.roomOf(f)}» stands on no floor`);
}

/** Every import that points up or sideways, as `from → to: why`. */
export function wrongArrows(l: Layering): string[] {
  const floor = floorsByRoom(l);
  const wrong: string[] = [];
  for (const file of sourceFiles(l.root)) {
    const from = l.roomOf(file);
    const here = floor.get(from);
    if (here === undefined) continue;
    for (const target of importsOf(l.root, file).files) {
      const to = l.roomOf(target);
      const there = floor.get(to);
      if (to === from || there === undefined) continue;
      if (there > here) wrong.push(`${file} → ${target}: points up (${from}, floor ${here} → ${to}, floor ${there})`);
      else if (there === here) wrong.push(`${file} → ${target}: points sideways (${from} → ${to}, both floor ${here})`);
    }
  }
  return wrong;
}

/** Imports of packages a folder may not use (say, Nest or TypeORM in the pure rules). */
export function forbiddenPackages(l: Layering, folder: string, allowed: (pkg: string) => boolean): string[] {
  return sourceFiles(l.root)
    .filter((f) => f.startsWith(`${folder}/`))
    .flatMap((f) => importsOf(l.root, f).packages.filter((p) => !allowed(p)).map((p) => `${f} imports ${p}`));
}

/**
 * The usual way to give files their rooms: a file matching `wiring` (the module, main, the
 * database list, seeds) or `entry` (handlers, consumers, sweepers: what the outside world calls)
 * is in that room; the `whole` folders are one room each; in any other folder, its entities and
 * repositories (`<folder>:records`) stand apart from its services (`<folder>`), so rows can sit
 * below the services that use them.
 */
export function roomsByRole(o: { wiring: RegExp; entry: RegExp; whole: string[] }): (file: string) => string {
  return (file) => {
    if (o.wiring.test(file)) return 'wiring';
    if (o.entry.test(file)) return 'entry';
    const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '.';
    if (o.whole.includes(folder)) return folder;
    return /\.(entities|entity|repository)\.ts$/.test(file) ? `${folder}:records` : folder;
  };
}
