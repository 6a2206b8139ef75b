// The one input of the cheap gate (lib/detect/gate.ts), the same for the overlay, the snippet button and a snippet's
// save: the document's title, the address, and the first GATE_HEAD_CHARS of visible text (scripts and our own UI
// left out). Three different inputs once let one feature act on a page another left alone.
import { readHead } from '../page/head';
import { GATE_HEAD_CHARS, gateReport } from './gate';

export function passesGate(doc: Document, url: string): boolean {
  return gateReport({ title: doc.title, url, head: readHead(doc, GATE_HEAD_CHARS) });
}
