/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by an explainer's pages: the interface follows the explainer's language (src/views/ui.ts). */
    language?: string;
  }
}
