import type { ComponentChildren } from 'preact';

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="rl-empty" role="status">
      <p class="rl-empty-title">{title}</p>
      {children && <p class="rl-empty-help">{children}</p>}
    </div>
  );
}
