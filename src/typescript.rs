//! The embed API's TypeScript types, `www/gdpr-fine-simulator.d.ts`, written from the Rust types
//! that read and write what crosses the page boundary: the scenario schema, the options and the
//! `fine-change` event's detail. Only the functions and the element, which are JavaScript, are
//! declared here by hand. `tests/typescript.rs` fails when the shipped file differs;
//! `cargo run --example export_types > www/gdpr-fine-simulator.d.ts` writes it anew.

use crate::browser::FineChange;
use crate::options::EmbedOptions;
use finesim_engine::*;
use ts_rs::{Config, TS};

const HEADER: &str = "\
// Types for the embed script gdpr-fine-simulator.js and the <gdpr-fine-simulator> element.
// Generated from the widget's Rust types (src/typescript.rs): do not edit by hand.
";

/// The JavaScript side: `mount()`, the handle it returns, the element and its event.
const API: &str = "\
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
";

/// One exported declaration, with its doc comment.
fn export<T: TS + ?Sized>(cfg: &Config) -> String {
    let docs = T::docs().map(|d| format!("{}\n", d.trim_end())).unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

/// The whole `.d.ts`.
pub fn declarations() -> String {
    let cfg = Config::default();
    let types = [
        export::<Amount>(&cfg),
        export::<Percent>(&cfg),
        export::<Scenario>(&cfg),
        export::<Method>(&cfg),
        export::<Undertaking>(&cfg),
        export::<SizeBand>(&cfg),
        export::<SizeMeasure>(&cfg),
        export::<SizeMeasureKind>(&cfg),
        export::<NationalMaximum>(&cfg),
        export::<Currency>(&cfg),
        export::<Infringement>(&cfg),
        export::<Tier>(&cfg),
        export::<ApCategory>(&cfg),
        export::<Seriousness>(&cfg),
        export::<SeriousnessLevel>(&cfg),
        export::<StartingPoint>(&cfg),
        export::<FactorId>(&cfg),
        export::<FactorSetting>(&cfg),
        export::<CombinedFactors>(&cfg),
        export::<Effect>(&cfg),
        export::<Adjustment>(&cfg),
        export::<ApBandUse>(&cfg),
        export::<ApBandPoint>(&cfg),
        export::<EdpbOptions>(&cfg),
        export::<Connection>(&cfg),
        export::<Proportionality>(&cfg),
        export::<ProportionalityGround>(&cfg),
        export::<ProportionalityAdjustment>(&cfg),
        export::<LaterAdjustment>(&cfg),
        export::<AdjustmentBase>(&cfg),
        export::<AdjustmentGround>(&cfg),
        export::<Lang>(&cfg),
        export::<EmbedOptions>(&cfg),
        export::<FineChange<'static>>(&cfg),
        export::<crate::facts::Facts>(&cfg),
    ];
    format!("{HEADER}\n{}\n{API}", types.join("\n"))
}
