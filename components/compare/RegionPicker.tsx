import { useMemo, useRef, useState } from 'preact/hooks';
import type { RegionCount } from '@/lib/api/compare';
import { t } from '../i18n';
import { matchRegions } from './helpers';

/**
 * A combobox of the regions that have records: type any name (简体, 繁體, alias, English) and pick with the arrow
 * keys and Enter, or the mouse. Escape closes the list.
 */
export function RegionPicker({
  regions,
  value,
  onPick,
}: {
  regions: readonly RegionCount[];
  value: string | null;
  onPick: (region: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => matchRegions(query, regions).slice(0, 60), [query, regions]);
  const listId = 'rl-region-list';

  const pick = (region: string) => {
    onPick(region);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (open && hit) {
        event.preventDefault();
        pick(hit.region);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div class="rl-picker">
      <label class="rl-row">
        <span>{t('cmpRegion')}</span>
        <input
          ref={input}
          type="text"
          // biome-ignore lint/a11y/noRedundantRoles: no <datalist>: the role tells assistive technology about our listbox
          role="combobox"
          list={undefined}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && hits[active] ? `rl-region-${hits[active].region}` : undefined}
          placeholder={value ?? t('cmpPickRegion')}
          value={query}
          data-testid="region-picker"
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
      </label>
      {open && (
        <div id={listId} role="listbox" aria-label={t('cmpRegion')}>
          {hits.length === 0 && <div class="rl-muted">{t('cmpNoRegionMatch')}</div>}
          {hits.map((r, i) => (
            <div
              key={r.region}
              tabIndex={-1}
              id={`rl-region-${r.region}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r.region);
              }}
            >
              <span>{r.region}</span>
              <span class="rl-count">{t('cmpRecordCount', r.count)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
