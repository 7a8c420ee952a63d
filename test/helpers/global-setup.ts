/**
 * Every test run gets its own temporary folder (TMPDIR, which `os.tmpdir()` and the builds,
 * browsers and commands the tests start all use), removed when the run ends: the content copies,
 * builds and caches the tests make would otherwise pile up in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'explainers-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
