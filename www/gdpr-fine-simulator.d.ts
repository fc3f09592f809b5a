// Types for the embed script gdpr-fine-simulator.js and the <gdpr-fine-simulator> element.

/** A decimal amount in euros, as a string ("1035000", "15000.50"). */
export type EuroAmount = string;

/** The engine's scenario schema (see the README and engine/presets/*.json). */
export interface Scenario {
  version?: 1;
  method: 'edpb-2023' | 'ap-2019';
  undertaking?: { name?: string; turnover_eur?: EuroAmount | null; public_body?: boolean };
  infringements?: Array<{
    article: string;
    tier?: '83(4)' | '83(5)' | '83(6)';
    ap_category?: 'I' | 'II' | 'III' | 'IV';
    operation?: number;
    absorbed?: boolean;
    seriousness?: { level: 'low' | 'medium' | 'high'; start?: { pct_of_max: EuroAmount } | { eur: EuroAmount } };
    factors?: Partial<Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k', {
      effect: 'aggravating' | 'neutral' | 'mitigating';
      adjust?: { eur: EuroAmount } | { pct: EuroAmount };
      reason?: string;
    }>>;
    /** AP 2019 art. 8.1: the neighbouring category's basic fine and band; arts. 8.3–8.4: up to the legal maximum. */
    ap_band?: 'own' | 'next-higher' | 'next-lower' | 'legal-maximum';
    /** AP 2019: the fine set at the bottom or top of the band in use. */
    ap_band_point?: 'low' | 'high';
    repeat_offence?: boolean;
    note?: string;
  }>;
  edpb?: { turnover_adjustment_pct?: EuroAmount; skip_turnover_adjustment?: boolean; turnover_adjustment_reason?: string };
  /** AP 2019: the total lowered for closely connected infringements (BKR −20 %, FSV −€500,000). */
  connection?: { reduce: { eur: EuroAmount } | { pct: EuroAmount }; reason?: string };
  proportionality?: {
    adjustment?: { can_bear_eur: EuroAmount } | { reduce_pct: EuroAmount } | { reduce_eur: EuroAmount };
    ground?: 'ability-to-pay' | 'proportionality';
    /** AP 2019 art. 9: the next lower category's band was considered first. */
    lower_band_considered?: boolean;
    reason?: string;
  };
}

export interface WidgetOptions {
  /** "cpa-2020", "amazon-fr-2023", "haga-2019", … or "blank". */
  preset?: string;
  method?: 'edpb-2023' | 'ap-2019';
  lang?: 'en' | 'nl' | 'fr' | 'de';
  /** Written the way people write money: "1.135bn", "450m". */
  turnover?: string;
  theme?: 'light' | 'dark';
  compact?: boolean;
  scenario?: Scenario;
}

export interface WidgetHandle {
  /** Throws with the name of the field when the scenario does not fit the schema. */
  setScenario(scenario: Scenario): void;
  getScenario(): Scenario | null;
  setOptions(options: Omit<WidgetOptions, 'scenario'>): void;
  destroy(): void;
}

export interface FineChangeDetail {
  final_eur: EuroAmount;
  before_proportionality_eur: EuroAmount;
  legal_maximum_eur: EuroAmount;
  /** The exposure for the same facts: every range the method leaves open at its low end … */
  range_low_eur: EuroAmount;
  /** … and at its high end; the factors, the maximum and the last steps as set. */
  range_high_eur: EuroAmount;
  scenario: Scenario;
}

export function mount(element: HTMLElement, options?: WidgetOptions): Promise<WidgetHandle>;

export interface GdprFineSimulatorElement extends HTMLElement {
  setScenario(scenario: Scenario): void;
  getScenario(): Scenario | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'gdpr-fine-simulator': GdprFineSimulatorElement;
  }
  interface HTMLElementEventMap {
    'fine-change': CustomEvent<FineChangeDetail>;
  }
}
