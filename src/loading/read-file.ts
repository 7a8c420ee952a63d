/**
 * Reading one content file (an explainer or a settings file) without hanging and without
 * throwing: a folder, a named pipe or a device where a file should be, a file that cannot be
 * opened (permissions, a broken symbolic link) or read (an I/O error) gives the reason, which
 * the callers report as an `unreadable-file` error at the file. The file is opened without
 * blocking and checked on the open descriptor, so a named pipe is never waited on, even one put
 * in place after the folder was listed.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

const EXPECTED = 'expected a text file the build can read';

export type ReadFile = { bytes: Uint8Array } | { unreadable: string };

/** What a file-system entry is, when it is not a regular file. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
}

/** `EACCES: permission denied` from a Node file-system error. */
function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const why = message.replace(/^[A-Z]+: /, '').replace(/,.*$/s, '');
  return code ? `${code}: ${why}` : why;
}

/** The bytes of a regular file, or why it cannot be read. Never throws, never blocks. */
export function readContentFile(filePath: string): ReadFile {
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { unreadable: `Unexpected error opening the file (${describe(error)}), ${EXPECTED}` };
  }
  try {
    const kind = kindOf(fstatSync(fd));
    if (kind) return { unreadable: `Unexpected ${kind} where a file should be, ${EXPECTED}` };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { unreadable: `Unexpected error reading the file (${describe(error)}), ${EXPECTED}` };
  } finally {
    closeSync(fd);
  }
}

export const UNREADABLE_HINT =
  'Replace it with a plain UTF-8 text file that you can open (check its permissions, and that a link points to a file), or move it out of the content folder.';
