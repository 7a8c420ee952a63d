/** Settings used by the unit tests: a small scale and two people, independent of content/. */
import type { Settings } from '../../src/contract/settings.ts';

export const testSettings: Settings = {
  site: {
    title: 'Test site',
    description: 'Fixtures',
    language: 'en',
    baseUrl: 'https://example.org',
    commentPrefixes: ['Comment:', "Editor's note:"],
    remoteImages: false,
    pageSize: 100,
  },
  ratings: [
    { id: 'accurate', label: 'Accurate', description: 'Right.', colour: '#1b5e20' },
    { id: 'unsupported', label: 'Unsupported', description: 'No evidence.', colour: '#8a3b00' },
    { id: 'false', label: 'False', description: 'Wrong.', colour: '#9b1c1c' },
  ],
  people: [
    { id: 'andrew-parker', name: 'Andrew Parker', aliases: ['Parker'], role: 'Head of MI5' },
    { id: 'robert-obrien', name: "Robert O'Brien", aliases: ["O'Brien"] },
  ],
};

/** Frontmatter that passes the schema, for fixtures that are about the body. */
export const minimalFrontmatter = `---
title: Test
summary: A test.
published: 2026-01-01
source:
  publisher: Test Times
---
`;
