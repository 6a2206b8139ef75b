// Vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 21+ has it): without this, a failing test
// crashes the reporter instead of being listed. Loaded with `node --import` by the test scripts; no-op on newer Node.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = (items, keyOf) => {
    const groups = new Map();
    let i = 0;
    for (const item of items) {
      const key = keyOf(item, i++);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(item);
    }
    return groups;
  };
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, keyOf) => Object.fromEntries(Map.groupBy(items, keyOf));
}
