// How large the input is: the data files of a run and their bytes, taken once, for the choices of
// memory the run makes (findings streamed to disk past a size).
import { statSync } from 'node:fs';
import { expandInputs, type NamedFile } from '../read/inputs.js';

/**
 * Bytes of input from which the JSON findings are streamed to disk as they are made: some two
 * thousand rows. Below it they are kept in memory.
 */
export const STREAM_FINDINGS_FROM = 256 << 10;
/** Batches with a worker at once, at most: what waits for it stays small. */
export const AHEAD = 4;

/**
 * The data files of a run and their bytes together, taken once, before any is read, for every
 * choice of threads the run makes. The readers still look at each file they open, by its
 * descriptor: only that look tells what is read is a regular file.
 */
export interface InputFiles {
  readonly files: readonly string[];
  readonly bytes: number;
  /** Each file with the folder the user named (src/read/inputs.ts), when the run's arguments were expanded. */
  readonly named?: readonly NamedFile[];
  /** The lock files skipped in the folders and patterns named, each named in `lock-file-skipped`. */
  readonly lockFiles?: readonly string[];
}

/** The files the arguments name (files, folders, patterns), expanded, and their bytes. */
export async function expandedInputs(args: readonly string[]): Promise<InputFiles> {
  const { files, lockFiles } = await expandInputs(args);
  return { ...inputFiles(files.map((named) => named.file)), named: files, lockFiles };
}

export function inputFiles(files: readonly string[] | InputFiles): InputFiles {
  if (!Array.isArray(files)) return files as InputFiles;
  return { files, bytes: (files as readonly string[]).reduce((sum, file) => sum + sizeOf(file), 0) };
}

/** A file's size in bytes; 0 for one that cannot be looked at (its reader reports it). */
export function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    // A file that cannot be read counts for nothing here: its reader reports it.
    return 0;
  }
}
