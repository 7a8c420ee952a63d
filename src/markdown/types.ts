/**
 * The syntax tree our plugins add to mdast, and the `file.data` keys they share. Declared here so
 * `visit(tree, 'claim', …)` and `file.data.explainer` are typed, not guessed.
 */
import type { BlockContent, Data, DefinitionContent, Parent, PhrasingContent } from 'mdast';
import type { Frontmatter } from '../contract/frontmatter.ts';
import type { ExplainerBody, ExplainerLink, Speaker } from '../contract/explainer.ts';
import type { FoundQuotation } from '../quotes/plain-text.ts';
import type { Position } from 'unist';
import type { VFile } from 'vfile';

/**
 * A quotation in the source text: found by the detector (`explicit: false`) or marked by the
 * editor with `:quote[…]{by}`. A quotation that crosses inline markup it cannot enclose
 * (`"a *b" c*`) is split into segments; segment 0 carries the id.
 */
export interface QuoteNode extends Parent {
  type: 'quote';
  children: PhrasingContent[];
  data: Data & {
    /** Given by the editor (`#id`) or, for segment 0, by remark-model. */
    id?: string;
    segment: number;
    explicit: boolean;
    speaker: Speaker | null;
    cue?: string;
    /** Who gave the speaker: the editor's `by`, or the automatic attribution. */
    speakerSource?: 'editor' | 'automatic';
    /** The id of the piece before, for a quotation running over several paragraphs. */
    continues?: string;
    /** The id of the first piece, for every piece of a quotation over several paragraphs. */
    partOf?: string;
    hName?: string;
    hProperties?: Record<string, string | number | boolean | string[]>;
  };
}

/** A claim marked by the editor: `:claim[…]{#id by="…" rating=…}`. */
export interface ClaimNode extends Parent {
  type: 'claim';
  children: PhrasingContent[];
  data: Data & {
    /** Given by the editor (`#id`) or by remark-model. */
    id?: string;
    claimant: Speaker | null;
    rating: string | null;
    hName?: string;
    hProperties?: Record<string, string | number | boolean | string[]>;
  };
}

/**
 * An editor comment: `:::comment` … `:::`, `:::comment{on=id}` or a legacy `Comment:` paragraph.
 * It is not source text: the model moves it to the analysis column.
 */
export interface CommentNode extends Parent {
  type: 'comment';
  children: Array<BlockContent | DefinitionContent>;
  data: Data & {
    /** Given by the editor (`#id`) or by remark-model. */
    id?: string;
    /** The id of the span named by `on=`, or undefined for "the block before". */
    on?: string;
    form: 'directive' | 'prefix';
  };
}

declare module 'mdast' {
  interface TextData {
    /** Set by remark-restore-directives on the syntax of a directive it restored as text. */
    directiveSyntax?: boolean;
  }
  interface PhrasingContentMap {
    quote: QuoteNode;
    claim: ClaimNode;
  }
  interface BlockContentMap {
    comment: CommentNode;
  }
  interface RootContentMap {
    quote: QuoteNode;
    claim: ClaimNode;
    comment: CommentNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The validated frontmatter (set by remark-frontmatter-schema). */
    frontmatter: Frontmatter;
    /** Every id given out in this file (blocks, quotes, claims, comments): one namespace. */
    ids: Set<string>;
    /** The blocks and annotations (set by remark-model, the last plugin). */
    explainer: ExplainerBody;
    /** Links to other explainers by their files, in the order written (remark-unsafe-content). */
    explainerLinks: ExplainerLink[];
    /** Every quotation with its speaker, offsets into the file's text (set by remark-quotes). */
    quotations: FoundQuotation[];
    /** Directives already reported as written wrong (remark-directive-syntax): no follow-on messages. */
    brokenDirectives: WeakSet<object>;
    /**
     * The explainer's stand-off notes file (`<slug>.notes.md`), and for each note placed in the
     * tree its node's position → the note's place in the notes file (remark-stand-off-notes).
     */
    standOff: { file: VFile; moved: globalThis.Map<Position, Position> };
  }
}
