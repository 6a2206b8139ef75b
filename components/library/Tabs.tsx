import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
}

/**
 * A tab list as the ARIA pattern describes it: one tab in the Tab order (roving tabindex), arrow keys move between
 * tabs and select them, Home/End go to the ends. Panels are rendered by the caller with `tabPanelProps`.
 */
export function Tabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    focusTab(moves[event.key]);
  };
  return (
    <div class="rl-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** Only the selected panel is in the page: a hidden panel would keep its (possibly large) table alive. */
export function TabPanel({ id, selected, children }: { id: string; selected: boolean; children: ComponentChildren }) {
  if (!selected) return null;
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} class="rl-panel">
      {children}
    </div>
  );
}
