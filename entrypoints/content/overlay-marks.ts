// The overlay's marks on the page, as one thing the other controllers ask about: which statement or topic an element
// belongs to, the first element of each (its Tab stop and its card's anchor), showing and hiding them all, and their
// colours once the statements are compared. The DOM work itself is marks.ts.
import type { CardTarget } from '@/components/overlay/OverlayApp';
import type { StatementComparison, TopicMention } from '@/lib/match';
import type { Statement } from '@/lib/model';
import type { TextSegment } from '@/lib/page';
import {
  MARK_TAG,
  placeMarksInSlices,
  placeTopicsInSlices,
  removeMarks,
  setMarkState,
  setMarksVisible,
  TOPIC_TAG,
} from './marks';

export class OverlayMarks {
  private statements = new Map<number, HTMLElement[]>();
  private topics = new Map<number, HTMLElement[]>();
  private owners = new WeakMap<Element, CardTarget>();
  private shown = true;

  constructor(private readonly doc: Document) {}

  /** Marks are switched on (the badge's Marks on/off, Alt+Shift+M). */
  get visible(): boolean {
    return this.shown;
  }

  /** Wraps the statements (in slices); resolves when every one is on the page. */
  async placeStatements(
    segments: TextSegment[],
    statements: Statement[],
    labelOf: (s: Statement) => string,
  ): Promise<void> {
    this.statements = await placeMarksInSlices(this.doc, segments, statements, labelOf);
    for (const [index, elements] of this.statements)
      for (const el of elements) this.owners.set(el, { type: 'statement', index });
    if (!this.shown) setMarksVisible(this.doc, false);
  }

  /** Underlines proposal topics outside the statements' marks. */
  async placeTopics(
    segments: TextSegment[],
    mentions: TopicMention[],
    statements: Statement[],
    labelOf: (term: string) => string,
  ): Promise<void> {
    this.topics = await placeTopicsInSlices(this.doc, segments, mentions, statements, labelOf);
    for (const [index, elements] of this.topics)
      for (const el of elements) this.owners.set(el, { type: 'topic', index });
    if (!this.shown) setMarksVisible(this.doc, false);
  }

  /** The mark an event happened on and what it marks, or null when it is none of ours. */
  ownerOf(target: EventTarget | null): { el: HTMLElement; owner: CardTarget } | null {
    const el = target instanceof Element ? target.closest(`${MARK_TAG}, ${TOPIC_TAG}`) : null;
    const owner = el ? this.owners.get(el) : undefined;
    return owner && el ? { el: el as HTMLElement, owner } : null;
  }

  /** The first element of a statement's or topic's mark: its Tab stop, and where its card is anchored. */
  first(target: CardTarget): HTMLElement | undefined {
    return (target.type === 'statement' ? this.statements : this.topics).get(target.index)?.[0];
  }

  /** Every mark in the Tab order, in page order. */
  tabStops(): HTMLElement[] {
    return [...this.doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[tabindex="0"], ${TOPIC_TAG}[tabindex="0"]`)];
  }

  setVisible(on: boolean): void {
    this.shown = on;
    setMarksVisible(this.doc, on);
  }

  /** Colours each statement's mark by how it compares; returns how many were compared and how many conflict. */
  colour(comparisons: StatementComparison[]): { compared: number; conflicts: number } {
    let compared = 0;
    let conflicts = 0;
    comparisons.forEach((c, index) => {
      if (c.state === 'compared') compared++;
      if (c.state === 'conflict') conflicts++;
      const elements = this.statements.get(index);
      if (elements) setMarkState(elements, c.statement.kind, c.state, this.shown);
    });
    return { compared, conflicts };
  }

  /** The records could not be reached: every mark is drawn as new (no comparison). */
  colourAllNew(statements: Statement[]): void {
    for (const [index, elements] of this.statements) setMarkState(elements, statements[index].kind, 'new', this.shown);
  }

  /** Takes every mark off the page. */
  clear(): void {
    removeMarks(this.doc);
    this.statements.clear();
    this.topics.clear();
  }
}
