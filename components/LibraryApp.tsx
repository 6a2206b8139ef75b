import { useState } from 'preact/hooks';
import { findRegion } from '@/lib/regions';
import { ComparisonView, readCompareLocation } from './compare';
import { t, type UiLanguage } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { CoveragePanel, PackProgress, usePackStatus } from './library/CoveragePanel';
import { ProposalsPanel } from './library/ProposalsPanel';
import { RecordsPanel } from './library/RecordsPanel';
import { SnippetsPanel } from './library/SnippetsPanel';
import { TabPanel, Tabs } from './library/Tabs';
import { TransferPanel } from './library/TransferPanel';

type TabId = 'compare' | 'records' | 'proposals' | 'snippets' | 'transfer' | 'coverage';
const TAB_IDS: TabId[] = ['compare', 'records', 'proposals', 'snippets', 'transfer', 'coverage'];

/**
 * What the address asks for (DESIGN.md's page contract): `?region=北京` (any name, traditional form or alias:
 * 北京市, 京, Beijing) opens the full-size year comparison of that region — what a card's "Compare years" link, a
 * bookmark and the popup's "open full size" use; `?tab=records&region=北京` opens that region's records;
 * `?tab=proposals` opens a tab (`view=` is read as `tab=`).
 */
export function readLocation(search: string): { tab: TabId; region?: string } {
  const params = new URLSearchParams(search);
  const raw = params.get('region')?.trim();
  const asked = params.get('tab') ?? params.get('view');
  const tab = TAB_IDS.find((id) => id === asked) ?? (raw ? 'compare' : 'records');
  return { tab, region: raw ? (findRegion(raw) ?? raw) : undefined };
}

/** The full-page library (the extension's options page): a tab shell over the library's views. */
export function LibraryApp({
  search = location.search,
  language = 'auto',
}: {
  search?: string;
  language?: UiLanguage;
}) {
  const initial = readLocation(search);
  const [tab, setTab] = useState<TabId>(initial.tab);
  // The starter pack may still be loading (first install, update): its progress shows above every tab.
  const packStatus = usePackStatus();
  const select = (id: TabId) => {
    setTab(id);
    const url = new URL(location.href);
    url.searchParams.delete('view');
    url.searchParams.set('tab', id);
    history.replaceState(null, '', url);
  };
  const tabs = [
    { id: 'compare' as const, label: t('libraryCompareTab') },
    { id: 'records' as const, label: t('libraryRecordsTab') },
    { id: 'proposals' as const, label: t('libraryProposalsTab') },
    { id: 'snippets' as const, label: t('librarySnippetsTab') },
    { id: 'transfer' as const, label: t('libraryTransferTab') },
    { id: 'coverage' as const, label: t('coverageTab') },
  ];
  return (
    <div class="rl-library">
      <header class="rl-header">
        <h1>{t('libraryTitle')}</h1>
        <LanguageSwitch current={language} />
      </header>
      <PackProgress status={packStatus} />
      <Tabs tabs={tabs} selected={tab} onSelect={select} label={t('libraryTitle')} />
      <TabPanel id="compare" selected={tab === 'compare'}>
        <ComparisonView region={initial.region ?? null} year={readCompareLocation(search).year} wide />
      </TabPanel>
      <TabPanel id="records" selected={tab === 'records'}>
        <RecordsPanel initialRegion={initial.region} />
      </TabPanel>
      <TabPanel id="proposals" selected={tab === 'proposals'}>
        <ProposalsPanel />
      </TabPanel>
      <TabPanel id="snippets" selected={tab === 'snippets'}>
        <SnippetsPanel />
      </TabPanel>
      <TabPanel id="transfer" selected={tab === 'transfer'}>
        <TransferPanel onChanged={() => {}} />
      </TabPanel>
      <TabPanel id="coverage" selected={tab === 'coverage'}>
        <CoveragePanel status={packStatus} />
      </TabPanel>
    </div>
  );
}
