// How an embedding page uses the widget's types; `tsc --strict --noEmit` checks this file
// against the generated www/gdpr-fine-simulator.d.ts (tests/e2e/types.test.mjs). Each line marked
// "error" must be refused, so that the types are known to say something.
import { FACTS, mount, type Scenario, type WidgetOptions, type FineChangeDetail } from '../../www/gdpr-fine-simulator.js';

const cpa: Scenario = {
  method: 'ap-2019',
  undertaking: { name: 'CP&A', turnover: null },
  infringements: [
    { article: '9(1)', ap_category: 'IV' },
    { article: '32(1)', factors: { c: { effect: 'mitigating', adjust: { pct: '10' } } } },
  ],
  proportionality: { adjustment: { set_to: '15000' }, ground: 'ability-to-pay' },
};

const amazon: Scenario = {
  method: 'edpb-2023',
  undertaking: { turnover: '1135000000' },
  infringements: [{ article: '5(1)(c)', seriousness: { level: 'high', start: { amount: '32000000' } } }],
  edpb: { turnover_adjustment_pct: '0.3' },
};

const options: WidgetOptions = { preset: 'cpa-2020', lang: 'nl', turnover: '1.135bn', theme: 'dark', compact: true };

export async function embed(host: HTMLElement): Promise<void> {
  const handle = await mount(host, { ...options, scenario: cpa });
  handle.setScenario(amazon);
  host.addEventListener('fine-change', (e) => {
    const detail: FineChangeDetail = e.detail;
    console.log(detail.final_amount, detail.scenario.method);
  });
  const el = document.createElement('gdpr-fine-simulator');
  el.setScenario(amazon);
}

export const firstCase: string = FACTS.barCases[0];
