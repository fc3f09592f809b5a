// Types for the embed script gdpr-fine-simulator.js and the <gdpr-fine-simulator> element.
// Generated from the widget's Rust types (src/typescript.rs): do not edit by hand.

/**
 * A decimal amount in euros, as a string ("1035000", "15000.50").
 */
export type Amount = string;

/**
 * A percentage as a decimal string ("4", "0.3", "12.5").
 */
export type Percent = string;

export type Scenario = { version?: number, method: Method, undertaking?: Undertaking, infringements?: Array<Infringement>, edpb?: EdpbOptions, 
/**
 * AP 2019: a reduction of the total because the infringements are closely connected.
 */
connection?: Connection | null, proportionality?: Proportionality, 
/**
 * What comes after the calculation, in order: a court's reduction for exceeding the
 * reasonable time, the Spanish AEPD's reductions for acknowledging responsibility and for
 * paying early (each of the proposed amount), a settlement.
 */
adjustments?: Array<LaterAdjustment>, 
/**
 * Further parties fined in the same decision (a processor beside its controller), each with
 * its own turnover and maximum; an infringement names its party (`party`: 0 is
 * `undertaking`, 1 the first of these).
 */
parties?: Array<Undertaking>, };

/**
 * The fining method whose steps the assessment follows.
 */
export type Method = "edpb-2023" | "ap-2019" | "ico-2024";

/**
 * The undertaking in the competition-law sense: the turnover is that of the whole economic
 * unit (group), per CJEU C-807/21 Deutsche Wohnen.
 */
export type Undertaking = { name?: string, 
/**
 * Total worldwide annual turnover of the preceding financial year, in euros; `None` when
 * unknown (the AP 2019 method can work without it, the EDPB method cannot).
 */
turnover?: Amount | null, 
/**
 * Public authorities and bodies: Art. 83(7) leaves their fining to national law, and a
 * turnover-based maximum does not apply to them.
 */
public_body?: boolean, 
/**
 * The size band the authority stated where it did not disclose the turnover (or the
 * undertaking reported none, or a negative one): the EDPB's turnover table, para. 65. Used
 * when `turnover` is not given.
 */
turnover_band?: SizeBand | null, 
/**
 * The point in this party's turnover-adjustment range, where a decision fining several
 * parties adjusts each one's starting amount differently; else the scenario's
 * `edpb.turnover_adjustment_pct`.
 */
turnover_adjustment_pct?: Percent, 
/**
 * ICO: an organisation that is not an undertaking has no turnover; the Guidance (para. 119)
 * measures its size otherwise — its budget, funding, costs or assets — and its maximum is
 * the fixed amount. Other methods do not use it.
 */
size_measure?: SizeMeasure | null, 
/**
 * Art. 83(7): the national law that caps fines on this public body, where it sets its own
 * maximum. Under the EDPB's method, for a public body, it replaces the GDPR's maximum, and
 * every amount of the scenario is in its currency (`Scenario::currency`).
 */
national_maximum?: NationalMaximum | null, };

/**
 * EDPB Guidelines 04/2022, para. 65: the bands of annual turnover in which the starting amount
 * may be adjusted for the size of the undertaking, and the band above them.
 */
export type SizeBand = "up-to-2m" | "2m-10m" | "10m-50m" | "50m-100m" | "100m-250m" | "250m-500m" | "above-500m";

/**
 * What measures the size of an organisation that is not an undertaking, and how much it is.
 */
export type SizeMeasure = { measure: SizeMeasureKind, amount: Amount, };

/**
 * ICO Guidance para. 119: the measures of size named for a body without turnover.
 */
export type SizeMeasureKind = "budget" | "funding" | "costs" | "assets";

/**
 * A member state's maximum for fines on public authorities and bodies (Art. 83(7)), by the
 * provision that sets it; its amount is in `law::tables::national_maximum`.
 */
export type NationalMaximum = "pl-102-1-1";

/**
 * ISO 4217, as amounts are labelled on the wire.
 */
export type Currency = "EUR" | "GBP" | "PLN";

export type Infringement = { 
/**
 * As the user writes it: "9(1)", "32(1)", "5(1)(c)", "Art. 46(1)".
 */
article: string, 
/**
 * Overrides the tier derived from the article (needed for articles Art. 83 does not name).
 */
tier?: Tier | null, 
/**
 * AP 2019 only: overrides the category derived from the article.
 */
ap_category?: ApCategory | null, 
/**
 * Number of the processing operation it belongs to: infringements of the same or linked
 * operations share one Art. 83(3) cap; different operations are fined separately.
 */
operation?: number, 
/**
 * Taken into account in the fine of the gravest infringement of its operation instead of
 * being fined separately (one global fine for the conduct, as the CNIL did for Amazon).
 */
absorbed?: boolean, 
/**
 * EDPB only: seriousness (step 2).
 */
seriousness?: Seriousness, 
/**
 * The Art. 83(2) factors; absent ones are neutral.
 */
factors?: { [key in FactorId]?: FactorSetting }, 
/**
 * AP 2019 only: which band the fine may move in (arts. 6, 8.1, 8.3).
 */
ap_band?: ApBandUse, 
/**
 * AP 2019 only: the fine set at the bottom or top of the band in use, as the AP writes it
 * when it weighs the factors without pricing each (childcare allowance 2021, § 84).
 */
ap_band_point?: ApBandPoint | null, 
/**
 * AP 2019 only: repeat offence within five years (art. 8.2).
 */
repeat_offence?: boolean, 
/**
 * Further provisions this one fine is imposed for, where the decision's operative part
 * imposes one amount for several (Art. 83(3): the maximum is the gravest one's).
 */
also?: Array<string>, 
/**
 * The party it is imposed on: 0 the scenario's `undertaking`, n its `parties[n - 1]`.
 */
party?: number, 
/**
 * Step 3 as a decision states it for several factors at once: one net effect.
 */
combined_factors?: Array<CombinedFactors>, 
/**
 * Step 5 for this fine alone (effective, proportionate, dissuasive; ability to pay), where
 * the decision applies it per fine rather than to the total.
 */
proportionality?: Proportionality | null, 
/**
 * AP 2019: this fine lowered for its close connection with another infringement, before
 * art. 10 holds the total of the operation (FSV, § 3.5).
 */
connection?: Connection | null, note?: string, };

/**
 * GDPR Art. 83 tier of an infringement.
 */
export type Tier = "83(4)" | "83(5)" | "83(6)";

/**
 * Fine category of the Dutch AP 2019 rules.
 */
export type ApCategory = "I" | "II" | "III" | "IV";

/**
 * EDPB step 2: how serious the infringement is, from Art. 83(2)(a), (b) and (g), and where the
 * starting amount lies in that level's range.
 */
export type Seriousness = { level: SeriousnessLevel, 
/**
 * `None`: the middle of the level's range.
 */
start?: StartingPoint | null, };

export type SeriousnessLevel = "low" | "medium" | "high";

/**
 * A point inside a range, as a share of the legal maximum or as an exact amount (an authority
 * that publishes only its amount is reproduced with the latter).
 */
export type StartingPoint = { "pct_of_max": Percent } | { "amount": Amount };

/**
 * Art. 83(2)(a)–(k).
 */
export type FactorId = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k";

export type FactorSetting = { effect: Effect, 
/**
 * How far it moves the fine; required unless neutral.
 */
adjust?: Adjustment | null, reason?: string, };

/**
 * Several Art. 83(2) factors weighed together with one net effect, as a decision states it
 * ("(e), (f) and (k) together: −20 %"), each of them cited.
 */
export type CombinedFactors = { factors: Array<FactorId>, effect: Effect, adjust: Adjustment, reason?: string, };

export type Effect = "aggravating" | "neutral" | "mitigating";

/**
 * A factor's weight: euros (as the AP did in Haga: +€75 000) or a percentage of the amount the
 * method adjusts (AP: the basic fine; EDPB: the amount after step 2). Always non-negative; the
 * effect gives the direction.
 */
export type Adjustment = { "amount": Amount } | { "pct": Percent };

/**
 * AP 2019: the band the fine may move in.
 */
export type ApBandUse = "own" | "next-higher" | "next-lower" | "legal-maximum";

/**
 * AP 2019: an end of the band in use.
 */
export type ApBandPoint = "low" | "high";

export type EdpbOptions = { 
/**
 * Point inside the turnover-adjustment range, as a percentage of the starting amount;
 * `None`: the middle of the range.
 */
turnover_adjustment_pct?: Percent, 
/**
 * The guidelines say the authority *may* adjust for turnover (para. 65): leaving it out is
 * a choice the trail states, with `turnover_adjustment_reason`.
 */
skip_turnover_adjustment?: boolean, turnover_adjustment_reason?: string, };

/**
 * AP 2019: the AP lowers the total where separate infringements are closely connected, as a
 * matter of proportionality (BKR: −20 % of the total, upheld by Rb. Gelderland r.o. 7.3.1;
 * FSV: −€500,000). A step of its own, so that it is not hidden in the last step.
 */
export type Connection = { 
/**
 * Euros, or a percentage of the total of the fines.
 */
reduce: Adjustment, reason?: string, };

/**
 * The last step of both methods: effectiveness, proportionality and ability to pay.
 */
export type Proportionality = { adjustment?: ProportionalityAdjustment | null, 
/**
 * Why the fine is lowered: it decides which rule the step cites.
 */
ground?: ProportionalityGround, 
/**
 * AP 2019 art. 9 applies where even the next lower category's band (art. 8.1) would give a
 * disproportionate fine: set when that was considered, so that no warning is shown.
 */
lower_band_considered?: boolean, reason?: string, };

export type ProportionalityGround = "ability-to-pay" | "proportionality";

export type ProportionalityAdjustment = { "set_to": Amount } | { "reduce_pct": Percent } | { "reduce_amount": Amount };

/**
 * An adjustment after the calculation: how much, of which amount, and on what ground.
 */
export type LaterAdjustment = { 
/**
 * A reduction in euros or a percentage; or, with `set_to`, the amount it is set to.
 */
reduce?: Adjustment | null, set_to?: Amount, 
/**
 * What a percentage is taken of: the amount as it stands (`running`), or the amount before
 * the first of these adjustments (`first`), as the AEPD takes each 20 % of the proposed fine.
 */
of?: AdjustmentBase, ground: AdjustmentGround, reason?: string, };

export type AdjustmentBase = "running" | "first";

/**
 * Why a fine is changed after the calculation; each ground cites its own rule.
 */
export type AdjustmentGround = "ability-to-pay" | "proportionality" | "reasonable-time" | "court" | "acknowledged-responsibility" | "voluntary-payment" | "settlement" | "financial-hardship" | "public-sector";

export type Lang = "en" | "nl" | "fr" | "de";

export type WidgetOptions = { 
/**
 * A case of the library by its id ("cpa-2020", "amazon-fr-2023", …), or "blank".
 */
preset?: string, 
/**
 * The method: kept as written, so that an unknown one gets a message instead of an error.
 */
method?: Method, 
/**
 * The widget's language; the page's language when not set.
 */
lang?: Lang, 
/**
 * The undertaking's turnover, written the way people write money ("1.135bn", "450m").
 */
turnover?: string, theme?: 'light' | 'dark', compact?: boolean, 
/**
 * A whole scenario, in the schema of presets and share links.
 */
scenario?: Scenario, };

/**
 * The detail of the `fine-change` event; amounts are decimal strings in `currency`, the
 * currency of the scenario's method (EUR; GBP for the ICO's).
 */
export type FineChangeDetail = { currency: Currency, final_amount: Amount, before_proportionality: Amount, legal_maximum: Amount, 
/**
 * The exposure for the same facts: every range the method leaves open at its low end …
 */
range_low: Amount, 
/**
 * … and at its high end; the factors, the maximum and the last steps as set.
 */
range_high: Amount, scenario: Scenario, };

/**
 * The facts as the embed script exports them (`FACTS`).
 */
export type Facts = { 
/**
 * The widget's version (the workspace's `Cargo.toml`): the same in the memo.
 */
version: string, defaultCase: string, barCases: [string, string, string, string], languages: Array<string>, optionAttributes: [string, string, string, string, string, string], idPrefix: string, renderedEvent: string, completeEvent: string, };

export interface WidgetHandle {
  /** Throws with the name of the field when the scenario does not fit the schema. */
  setScenario(scenario: Scenario): void;
  getScenario(): Scenario | null;
  setOptions(options: Omit<WidgetOptions, 'scenario'>): void;
  destroy(): void;
}

export function mount(element: HTMLElement, options?: WidgetOptions): Promise<WidgetHandle>;

export const FACTS: Facts;

/** The widget's version, as its memo prints it. */
export const version: string;

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
