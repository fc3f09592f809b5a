// Each of these must be refused by the generated types: tsc reports one error per line below.
import type { Scenario, WidgetOptions } from '../../www/gdpr-fine-simulator.js';

export const a: Scenario = { method: 'edpb-2024' };
export const b: Scenario = { method: 'ap-2019', undertaking: { turnover: 1135000000 } };
export const c: WidgetOptions = { lang: 'es' };
export const d: Scenario = { method: 'ap-2019', infringements: [{ article: '5', factors: { z: { effect: 'neutral' } } }] };
export const e: Scenario = { method: 'ap-2019', colour: 'red' };
