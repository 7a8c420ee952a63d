#!/usr/bin/env node
/**
 * `npx explainer <command>`: the editor's command line. Runs on Node 24's built-in TypeScript
 * support; the commands and their dispatch are in `main.ts`, imported once the compile cache is on
 * (`compile-cache.ts`).
 */
import { useCompileCache } from './compile-cache.ts';

useCompileCache();
const { main } = await import('./main.ts');

process.exitCode = await main(process.argv.slice(2));
