// One gate input everywhere (lib/detect/page-gate.ts): text in scripts or in our own UI never opens the gate.
import { describe, expect, it } from 'vitest';
import { passesGate } from '@/lib/detect/page-gate';

describe('the gate’s one input', () => {
  it('reads the title, the address and visible text, not scripts or our own host', () => {
    document.title = '体育新闻';
    document.body.innerHTML =
      '<p>今天的比赛很精彩。</p><script>var s = "政府工作报告";</script><report-lens-ui>政府工作报告</report-lens-ui>';
    expect(passesGate(document, 'https://news.example/sport.html')).toBe(false);
    document.body.innerHTML = '<p>政府工作报告提出，今年国内生产总值增长5%左右。</p>';
    expect(passesGate(document, 'https://news.example/a.html')).toBe(true);
  });
});
